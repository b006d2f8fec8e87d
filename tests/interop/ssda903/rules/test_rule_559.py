from tests.interop.ssda903.support import extract, flagged


def test_an_earlier_decision_must_have_been_in_last_years_return() -> None:
    last = extract(
        2025,
        PlacedAdoption=[
            {"CHILD": "A", "DATE_PLACED": "31/03/2025"},
            {"CHILD": "D", "DATE_PLACED": None},
        ],
    )
    decisions = [
        {"CHILD": "A", "DATE_PLACED": "31/03/2025"},
        {"CHILD": "B", "DATE_PLACED": "31/03/2025"},  # the day before the year, not returned
        {"CHILD": "C", "DATE_PLACED": "01/04/2025"},  # the first day of the year
        {"CHILD": "D", "DATE_PLACED": "01/01/2025"},  # returned without its date
        {"CHILD": "E", "DATE_PLACED": None},
    ]
    x = extract(2026, previous=last, PlacedAdoption=decisions)
    assert flagged("559", x) == {"PlacedAdoption": [2, 4]}


def test_nothing_is_flagged_without_last_years_placed_adoption_table() -> None:
    last = extract(2025, Header=[{"CHILD": "A"}])
    x = extract(2026, previous=last, PlacedAdoption=[{"CHILD": "A", "DATE_PLACED": "01/01/2020"}])
    assert flagged("559", x) == {}
