from tests.interop.ssda903.support import extract, flagged


def test_a_reversed_decision_needs_both_its_date_and_its_reason() -> None:
    rows = [
        {"CHILD": "1", "DATE_PLACED_CEASED": "02/02/2026", "REASON_PLACED_CEASED": "RD1"},
        {"CHILD": "2", "DATE_PLACED_CEASED": None, "REASON_PLACED_CEASED": None},
        {"CHILD": "3", "DATE_PLACED_CEASED": "02/02/2026", "REASON_PLACED_CEASED": None},
        {"CHILD": "4", "DATE_PLACED_CEASED": None, "REASON_PLACED_CEASED": "RD2"},
    ]
    assert flagged("119", extract(PlacedAdoption=rows)) == {"PlacedAdoption": [3, 4]}


def test_an_invalid_date_still_counts_as_given() -> None:
    rows = [{"CHILD": "1", "DATE_PLACED_CEASED": "31/02/2026", "REASON_PLACED_CEASED": "RD3"}]
    assert flagged("119", extract(PlacedAdoption=rows)) == {}
