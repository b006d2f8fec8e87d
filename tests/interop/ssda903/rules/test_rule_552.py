from tests.interop.ssda903.support import extract, flagged


def test_latest_decision_must_not_be_after_the_first_placement_for_adoption() -> None:
    episodes = [
        {"CHILD": "A", "DECOM": "01/06/2025", "PLACE": "A3"},
        {"CHILD": "A", "DECOM": "01/05/2025", "PLACE": "A4"},
        {"CHILD": "B", "DECOM": "01/06/2025", "PLACE": "A5"},
        {"CHILD": "C", "DECOM": "01/06/2025", "PLACE": "U3"},
    ]
    decisions = [
        {"CHILD": "A", "DATE_PLACED": "01/04/2025"},
        {"CHILD": "A", "DATE_PLACED": "02/05/2025"},  # the day after the first placement
        {"CHILD": "B", "DATE_PLACED": "01/06/2025"},  # the day of the placement
        {"CHILD": "C", "DATE_PLACED": "01/07/2025"},  # never placed for adoption
    ]
    x = extract(Episodes=episodes, PlacedAdoption=decisions)
    assert flagged("552", x) == {"Episodes": [2], "PlacedAdoption": [2]}
