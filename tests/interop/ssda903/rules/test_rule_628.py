from tests.interop.ssda903.support import extract, flagged

CARE_LEAVER = {"IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"}


def test_no_mother_status_for_care_leavers_without_episodes() -> None:
    x = extract(
        Header=[
            {"CHILD": "1", "MOTHER": "0"},  # care leaver, no episodes: flagged
            {"CHILD": "2", "MOTHER": None},  # no mother status: passes
            {"CHILD": "3", "MOTHER": "1"},  # has an episode: passes
            {"CHILD": "4", "MOTHER": "1"},  # blank OC3 row: passes
            {"CHILD": "5", "MOTHER": "1"},  # no OC3 row: passes
        ],
        Episodes=[{"CHILD": "3", "DECOM": "01/05/2025", "RNE": "S"}],
        OC3=[
            {"CHILD": "1", **CARE_LEAVER},
            {"CHILD": "2", **CARE_LEAVER},
            {"CHILD": "3", **CARE_LEAVER},
            {"CHILD": "4"},
        ],
    )
    assert flagged("628", x) == {"Header": [1]}


def test_without_an_episodes_table_nothing_is_flagged() -> None:
    x = extract(Header=[{"CHILD": "1", "MOTHER": "0"}], OC3=[{"CHILD": "1", **CARE_LEAVER}])
    assert flagged("628", x) == {}
