from tests.interop.ssda903.support import extract, flagged


def test_a_decision_open_last_year_must_keep_its_date() -> None:
    last = extract(
        2025,
        PlacedAdoption=[
            {"CHILD": "A", "DATE_PLACED": "01/05/2024"},
            {"CHILD": "B", "DATE_PLACED": "01/05/2024", "DATE_PLACED_CEASED": "01/06/2024"},
            {"CHILD": "C", "DATE_PLACED": "01/05/2024"},
            {"CHILD": "D", "DATE_PLACED": None},
            {"CHILD": "F", "DATE_PLACED": "01/05/2024"},
        ],
    )
    decisions = [
        {"CHILD": "A", "DATE_PLACED": "01/05/2024"},
        {"CHILD": "B", "DATE_PLACED": "02/05/2024"},  # last year's decision was reversed
        {"CHILD": "C", "DATE_PLACED": "02/05/2024"},
        {"CHILD": "C", "DATE_PLACED": None},
        {"CHILD": "D", "DATE_PLACED": "01/01/2025"},
        {"CHILD": "E", "DATE_PLACED": "01/01/2025"},  # not in last year's return
        {"CHILD": "F", "DATE_PLACED": "1/5/2024"},  # the same date, written differently
    ]
    x = extract(2026, previous=last, PlacedAdoption=decisions)
    assert flagged("560", x) == {"PlacedAdoption": [3, 4]}


def test_a_row_is_named_once_when_it_differs_from_several_of_last_years() -> None:
    last = extract(
        2025,
        PlacedAdoption=[
            {"CHILD": "A", "DATE_PLACED": "01/05/2024"},
            {"CHILD": "A", "DATE_PLACED": "01/06/2024"},
        ],
    )
    x = extract(2026, previous=last, PlacedAdoption=[{"CHILD": "A", "DATE_PLACED": "01/07/2024"}])
    assert flagged("560", x) == {"PlacedAdoption": [1]}
