from tests.interop.ssda903.support import extract, flagged


def test_a_decision_reversed_last_year_must_not_be_returned_again() -> None:
    last = extract(
        2025,
        PlacedAdoption=[
            {
                "CHILD": "A",
                "DATE_PLACED": "01/05/2024",
                "DATE_PLACED_CEASED": "01/09/2024",
                "REASON_PLACED_CEASED": "RD1",
            },
            {"CHILD": "B", "DATE_PLACED": "01/05/2024"},
            {"CHILD": "C", "DATE_PLACED": "01/05/2024", "REASON_PLACED_CEASED": "RD2"},
            {"CHILD": "D", "DATE_PLACED": None, "REASON_PLACED_CEASED": "RD1"},
        ],
    )
    decisions = [
        {"CHILD": "A", "DATE_PLACED": "01/05/2024"},
        {"CHILD": "A", "DATE_PLACED": "01/10/2024"},  # a new decision
        {"CHILD": "B", "DATE_PLACED": "01/05/2024"},  # not reversed last year
        {"CHILD": "C", "DATE_PLACED": "01/05/2024"},
        {"CHILD": "D", "DATE_PLACED": None},
    ]
    x = extract(2026, previous=last, PlacedAdoption=decisions)
    assert flagged("561", x) == {"PlacedAdoption": [1, 4]}
