from tests.interop.ssda903.support import extract, flagged


def test_children_who_died_in_care_are_flagged_this_year_and_last() -> None:
    last_year = extract(
        2025,
        Episodes=[
            {"CHILD": "1", "DECOM": "01/05/2024", "DEC": "01/06/2024", "REC": "E2"},
            {"CHILD": "2", "DECOM": "01/05/2024", "DEC": "01/06/2024", "REC": "E8"},
        ],
    )
    x = extract(
        2026,
        previous=last_year,
        Episodes=[
            {"CHILD": "3", "DECOM": "01/05/2025", "DEC": "01/06/2025", "REC": "X1"},
            {"CHILD": "3", "DECOM": "01/06/2025", "DEC": "01/07/2025", "REC": "E2"},
            {"CHILD": "4", "DECOM": "01/05/2025", "DEC": "01/06/2025", "REC": "E3"},
        ],
        OC3=[{"CHILD": c, "IN_TOUCH": "DIED"} for c in "12345"],
    )
    assert flagged("1000", x) == {"OC3": [1, 3]}


def test_without_last_year_only_this_years_episodes_count() -> None:
    x = extract(
        2026,
        Episodes=[{"CHILD": "1", "DECOM": "01/05/2025", "DEC": "01/06/2025", "REC": "E2"}],
        OC3=[{"CHILD": "1"}, {"CHILD": "2"}],
    )
    assert flagged("1000", x) == {"OC3": [1]}
