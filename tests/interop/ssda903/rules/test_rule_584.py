from tests.interop.ssda903.support import extract, flagged


def test_a_new_decision_must_be_later_than_one_reversed_last_year() -> None:
    last = extract(
        2025,
        PlacedAdoption=[
            {"CHILD": "A", "DATE_PLACED": "01/05/2024", "DATE_PLACED_CEASED": "01/09/2024"},
            {"CHILD": "B", "DATE_PLACED": "01/05/2024"},
            {"CHILD": "C", "DATE_PLACED": "01/05/2024", "REASON_PLACED_CEASED": "RD2"},
            {"CHILD": "D", "DATE_PLACED": None, "DATE_PLACED_CEASED": "01/09/2024"},
        ],
    )
    decisions = [
        {"CHILD": "A", "DATE_PLACED": "01/05/2024"},  # the same day
        {"CHILD": "A", "DATE_PLACED": "02/05/2024"},  # the day after
        {"CHILD": "B", "DATE_PLACED": "01/01/2020"},  # last year's decision still open
        {"CHILD": "C", "DATE_PLACED": "30/04/2024"},
        {"CHILD": "D", "DATE_PLACED": "01/10/2024"},
        {"CHILD": "D", "DATE_PLACED": None},
        {"CHILD": "E", "DATE_PLACED": None},  # not in last year's return
    ]
    x = extract(2026, previous=last, PlacedAdoption=decisions)
    assert flagged("584", x) == {"PlacedAdoption": [1, 4, 6]}
