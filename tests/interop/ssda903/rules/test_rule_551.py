from tests.interop.ssda903.support import extract, flagged


def test_a_child_placed_for_adoption_needs_the_date_of_the_decision() -> None:
    episodes = [
        {"CHILD": "A", "PLACE": "A3"},
        {"CHILD": "B", "PLACE": "A4"},  # no PlacedAdoption row
        {"CHILD": "C", "PLACE": "A5"},  # a row without DATE_PLACED
        {"CHILD": "D", "PLACE": "U1"},  # not placed for adoption
        {"CHILD": "E", "PLACE": "A6"},  # an invalid date is still a date given
    ]
    decisions = [
        {"CHILD": "A", "DATE_PLACED": "01/05/2025"},
        {"CHILD": "C", "DATE_PLACED": None},
        {"CHILD": "E", "DATE_PLACED": "bad"},
    ]
    x = extract(Episodes=episodes, PlacedAdoption=decisions)
    assert flagged("551", x) == {"Episodes": [2, 3]}


def test_nothing_is_flagged_when_placed_adoption_was_not_supplied() -> None:
    x = extract(Episodes=[{"CHILD": "A", "PLACE": "A3"}])
    assert flagged("551", x) == {}
