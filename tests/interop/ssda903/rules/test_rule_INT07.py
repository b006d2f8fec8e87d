from tests.interop.ssda903.support import extract, flagged


def test_every_child_in_the_table_must_be_in_header() -> None:
    x = extract(
        Header=[{"CHILD": "A"}, {"CHILD": "B"}],
        PrevPerm=[{"CHILD": "A"}, {"CHILD": "C"}, {"CHILD": "B"}, {"CHILD": "C"}],
    )
    assert flagged("INT07", x) == {"PrevPerm": [2, 4]}


def test_nothing_is_flagged_when_header_was_not_supplied() -> None:
    x = extract(PrevPerm=[{"CHILD": "A"}])
    assert flagged("INT07", x) == {}
