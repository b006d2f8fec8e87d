from tests.interop.ssda903.support import extract, flagged


def test_a_child_who_is_or_was_uasc_must_have_no_distance() -> None:
    rows = [
        {"CHILD": "1", "PL_DISTANCE": "3.0"},
        {"CHILD": "1", "PL_DISTANCE": None},
        {"CHILD": "2", "PL_DISTANCE": "3.0"},
        {"CHILD": "3", "PL_DISTANCE": "3.0"},
    ]
    last_year = extract(2025, UASC=[{"CHILD": "2", "DUC": "01/01/2025"}])
    x = extract(previous=last_year, located=True, UASC=[{"CHILD": "1"}], Episodes=rows)
    assert flagged("406", x) == {"Episodes": [1, 3]}


def test_without_last_year_only_this_years_uasc_children_are_known() -> None:
    rows = [{"CHILD": "1", "PL_DISTANCE": "3.0"}, {"CHILD": "2", "PL_DISTANCE": "3.0"}]
    x = extract(located=True, UASC=[{"CHILD": "1"}], Episodes=rows)
    assert flagged("406", x) == {"Episodes": [1]}
