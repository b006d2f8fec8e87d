from tests.interop.ssda903.support import extract, flagged

CARE_LEAVER = {"IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"}


def test_no_uasc_record_for_care_leavers_not_looked_after_during_the_year() -> None:
    x = extract(
        2026,
        Episodes=[
            {"CHILD": "1", "DECOM": "01/05/2024", "DEC": "31/03/2025"},  # ended before the year
            {"CHILD": "2", "DECOM": "01/05/2024", "DEC": "01/04/2025"},  # ended on 1 April
            {"CHILD": "3", "DECOM": "01/05/2024"},  # open
            {"CHILD": "5", "DECOM": "01/04/2026"},  # started after the year
        ],
        UASC=[{"CHILD": c, "DUC": "01/01/2024"} for c in "123456"],
        OC3=[
            {"CHILD": "1", **CARE_LEAVER},  # flagged
            {"CHILD": "2", **CARE_LEAVER},
            {"CHILD": "3", **CARE_LEAVER},
            {"CHILD": "4", **CARE_LEAVER},  # no episodes at all: flagged
            {"CHILD": "5", "ACCOM": "B1"},  # flagged
            {"CHILD": "6"},  # blank care leaver data: passes
            {"CHILD": "7", **CARE_LEAVER},  # no UASC record: passes
        ],
    )
    assert flagged("1014", x) == {"OC3": [1, 4, 5], "UASC": [1, 4, 5]}


def test_without_an_episodes_table_nothing_is_flagged() -> None:
    x = extract(UASC=[{"CHILD": "1"}], OC3=[{"CHILD": "1", **CARE_LEAVER}])
    assert flagged("1014", x) == {}
