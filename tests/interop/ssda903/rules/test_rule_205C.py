from tests.interop.ssda903.support import extract, flagged


def test_a_date_uasc_ceased_always_belongs_to_a_uasc_child_in_csv_extracts() -> None:
    last = extract(2025, Header=[{"CHILD": "1"}], UASC=[{"CHILD": "2", "DUC": "01/06/2024"}])
    x = extract(
        2026,
        previous=last,
        Header=[{"CHILD": "1"}],
        UASC=[{"CHILD": "1", "DUC": "01/06/2025"}, {"CHILD": "3", "DUC": "01/06/2025"}],
    )
    assert flagged("205C", x) == {}
