from tests.interop.ssda903.support import extract, flagged


def test_a_child_uasc_this_year_but_not_last_year_is_flagged() -> None:
    last = extract(
        2025,
        Header=[{"CHILD": "1"}, {"CHILD": "2"}, {"CHILD": "3"}],
        UASC=[{"CHILD": "1", "DOB": "01/01/2009"}],
    )
    x = extract(
        2026,
        previous=last,
        Header=[{"CHILD": c} for c in ("1", "2", "3", "4")],
        UASC=[{"CHILD": c, "DOB": "01/01/2009"} for c in ("1", "2", "4")],
    )
    # 1 was UASC last year, 3 is not UASC, 4 was not in last year's return.
    assert flagged("205D", x) == {"Header": [2]}


def test_without_a_header_the_uasc_row_is_flagged() -> None:
    last = extract(2025, Header=[{"CHILD": "2"}], UASC=[{"CHILD": "1"}])
    x = extract(2026, previous=last, UASC=[{"CHILD": "1"}, {"CHILD": "2"}])
    assert flagged("205D", x) == {"UASC": [2]}


def test_nothing_is_flagged_without_last_years_uasc_table() -> None:
    last = extract(2025, Header=[{"CHILD": "2"}])
    x = extract(2026, previous=last, Header=[{"CHILD": "2"}], UASC=[{"CHILD": "2"}])
    assert flagged("205D", x) == {}
