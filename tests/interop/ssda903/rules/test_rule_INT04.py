from tests.interop.ssda903.support import extract, flagged


def test_a_child_in_the_missing_table_but_not_the_header_is_flagged() -> None:
    x = extract(
        Header=[{"CHILD": "1"}, {"CHILD": "2"}],
        Missing=[{"CHILD": "1"}, {"CHILD": "3"}, {"CHILD": "2"}, {"CHILD": "3"}, {"CHILD": None}],
    )
    assert flagged("INT04", x) == {"Missing": [2, 4, 5]}


def test_nothing_is_flagged_when_no_header_was_supplied() -> None:
    assert flagged("INT04", extract(Missing=[{"CHILD": "1"}])) == {}
