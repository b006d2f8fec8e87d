from tests.interop.ssda903.support import extract, flagged


def test_care_leavers_with_no_episode_in_either_loaded_year_are_flagged() -> None:
    last_year = extract(
        2025,
        Episodes=[
            {"CHILD": "1", "DECOM": "01/05/2024", "DEC": "01/06/2024", "REC": "E8"},
            {"CHILD": "3", "DECOM": "01/05/2024", "DEC": "01/06/2024", "LS": "V3"},
        ],
    )
    x = extract(
        2026,
        previous=last_year,
        Episodes=[{"CHILD": "2", "DECOM": "01/05/2025", "RNE": "S"}],
        OC3=[{"CHILD": c, "IN_TOUCH": "YES"} for c in "1234"],
    )
    assert flagged("1002", x) == {"OC3": [4]}


def test_nothing_is_flagged_without_last_years_episodes_table() -> None:
    x = extract(
        2026,
        previous=extract(2025, OC3=[]),
        Episodes=[{"CHILD": "2", "DECOM": "01/05/2025", "RNE": "S"}],
        OC3=[{"CHILD": "1", "IN_TOUCH": "YES"}],
    )
    assert flagged("1002", x) == {}
