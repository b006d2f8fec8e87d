from tests.interop.ssda903.support import extract, flagged


def test_children_in_oc2_must_be_in_header() -> None:
    x = extract(
        Header=[{"CHILD": "1"}, {"CHILD": "2"}],
        OC2=[{"CHILD": "1"}, {"CHILD": "3"}, {"CHILD": "2"}, {"CHILD": "3"}],
    )
    assert flagged("INT05", x) == {"OC2": [2, 4]}


def test_without_a_header_table_nothing_is_flagged() -> None:
    assert flagged("INT05", extract(OC2=[{"CHILD": "1"}])) == {}
