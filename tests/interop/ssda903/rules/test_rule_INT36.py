from tests.interop.ssda903.support import extract, flagged


def test_every_row_of_a_child_repeated_in_the_uasc_table_is_flagged() -> None:
    children = ["1", "2", "1", "3", "1", None, None]
    x = extract(UASC=[{"CHILD": c} for c in children])
    assert flagged("INT36", x) == {"UASC": [1, 3, 5]}


def test_children_appearing_once_pass() -> None:
    assert flagged("INT36", extract(UASC=[{"CHILD": "1"}, {"CHILD": "2"}])) == {}
