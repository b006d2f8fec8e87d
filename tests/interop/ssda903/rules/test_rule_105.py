from tests.interop.ssda903.support import extract, flagged


def test_uasc_status_taken_from_the_uasc_table_is_always_valid() -> None:
    x = extract(
        Header=[{"CHILD": "1"}, {"CHILD": "2"}],
        UASC=[{"CHILD": "1", "DUC": "01/06/2025"}, {"CHILD": "3", "DUC": "bad"}],
    )
    assert flagged("105", x) == {}


def test_a_header_without_a_uasc_table_is_not_flagged() -> None:
    assert flagged("105", extract(Header=[{"CHILD": "1"}])) == {}
