from tests.interop.ssda903.support import extract, flagged


def test_a_child_with_a_date_uasc_ceased_is_uasc_in_csv_extracts() -> None:
    x = extract(
        Header=[{"CHILD": "1"}, {"CHILD": "2"}],
        UASC=[{"CHILD": "1", "DUC": "01/06/2025"}, {"CHILD": "2", "DUC": None}],
    )
    assert flagged("303", x) == {}
