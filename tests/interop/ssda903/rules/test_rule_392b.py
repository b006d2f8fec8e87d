from tests.interop.ssda903.support import extract, flagged


def test_a_looked_after_child_needs_both_postcodes() -> None:
    rows = [
        {"CHILD": "1", "LS": "C2", "HOME_POST": "AB1 0JD", "PL_POST": "AB1 0JE"},
        {"CHILD": "2", "LS": "C2", "HOME_POST": "AB1 0JD", "PL_POST": None},
        {"CHILD": "3", "LS": "C2", "HOME_POST": None, "PL_POST": "AB1 0JE"},
        {"CHILD": "4", "LS": "V4", "HOME_POST": None, "PL_POST": None},
    ]
    assert flagged("392b", extract(Episodes=rows)) == {"Episodes": [2, 3]}


def test_children_who_are_or_were_uasc_need_no_postcodes() -> None:
    rows = [{"CHILD": c, "LS": "C2", "HOME_POST": None, "PL_POST": None} for c in "123"]
    last_year = extract(2025, UASC=[{"CHILD": "2", "DUC": "01/01/2025"}])
    x = extract(previous=last_year, UASC=[{"CHILD": "1"}], Episodes=rows)
    assert flagged("392b", x) == {"Episodes": [3]}
