from tests.interop.ssda903.support import extract, flagged


def test_a_looked_after_child_needs_a_placement_distance() -> None:
    rows = [
        {"CHILD": "1", "LS": "C2", "PL_DISTANCE": "3.2"},
        {"CHILD": "2", "LS": "C2", "PL_DISTANCE": None},
        {"CHILD": "3", "LS": "V3", "PL_DISTANCE": None},
        {"CHILD": "4", "LS": None, "PL_DISTANCE": None},
    ]
    assert flagged("392a", extract(located=True, Episodes=rows)) == {"Episodes": [2, 4]}


def test_children_who_are_or_were_uasc_need_no_distance() -> None:
    rows = [{"CHILD": c, "LS": "C2", "PL_DISTANCE": None} for c in ("1", "2", "3")]
    last_year = extract(2025, UASC=[{"CHILD": "2", "DUC": "01/01/2025"}])
    x = extract(previous=last_year, located=True, UASC=[{"CHILD": "1", "DUC": None}], Episodes=rows)
    assert flagged("392a", x) == {"Episodes": [3]}
