from tests.interop.ssda903.support import extract, flagged


def test_every_child_in_the_table_must_be_in_header() -> None:
    x = extract(
        Header=[{"CHILD": "A"}, {"CHILD": "B"}],
        AD1=[{"CHILD": "A"}, {"CHILD": "C"}, {"CHILD": "B"}, {"CHILD": "C"}],
    )
    assert flagged("INT01", x) == {"AD1": [2, 4]}


def test_nothing_is_flagged_when_header_was_not_supplied() -> None:
    x = extract(AD1=[{"CHILD": "A"}])
    assert flagged("INT01", x) == {}
