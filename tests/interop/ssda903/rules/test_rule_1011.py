from tests.interop.ssda903.support import extract, flagged

CARE_LEAVER = {"IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"}


def test_no_care_leaver_data_when_the_latest_episode_was_transferred() -> None:
    x = extract(
        Episodes=[
            {"CHILD": "1", "DECOM": "01/05/2025", "DEC": "01/06/2025", "REC": "E3"},
            {"CHILD": "2", "DECOM": "01/05/2025", "DEC": "01/06/2025", "REC": "E3"},
            {"CHILD": "2", "DECOM": "01/06/2025", "DEC": "01/07/2025", "REC": "E8"},
            {"CHILD": "3", "DECOM": "01/05/2025", "DEC": "01/06/2025", "REC": "E8"},
            {"CHILD": "3", "DECOM": "01/06/2025", "DEC": "01/07/2025", "REC": "E3"},
            {"CHILD": "4", "DECOM": "01/05/2025", "DEC": "01/06/2025", "REC": "E3"},
            {"CHILD": "5", "DECOM": "01/05/2025", "DEC": "01/06/2025", "REC": "E3"},
            {"CHILD": "5", "DECOM": "01/05/2025", "DEC": "01/06/2025", "REC": "E4A"},
        ],
        OC3=[
            {"CHILD": "1", **CARE_LEAVER},  # flagged
            {"CHILD": "2", **CARE_LEAVER},  # latest ended E8: passes
            {"CHILD": "3", **CARE_LEAVER},  # flagged
            {"CHILD": "4"},  # no care leaver data: passes
            {"CHILD": "5", **CARE_LEAVER},  # tie: the first row counts, flagged
        ],
    )
    assert flagged("1011", x) == {"OC3": [1, 3, 5]}
