from tests.interop.ssda903.support import extract, flagged


def test_only_the_latest_decision_may_be_unreversed() -> None:
    decisions = [
        {"CHILD": "A", "DATE_PLACED": "01/02/2025", "DATE_PLACED_CEASED": "02/02/2025"},
        {"CHILD": "A", "DATE_PLACED": "03/02/2025"},  # the latest, open: fine
        {"CHILD": "B", "DATE_PLACED": "01/02/2025"},  # two open decisions
        {"CHILD": "B", "DATE_PLACED": "02/02/2025"},
        {"CHILD": "C", "DATE_PLACED": "01/02/2025"},  # an earlier decision left open
        {"CHILD": "C", "DATE_PLACED": "31/01/2026", "DATE_PLACED_CEASED": "01/03/2026"},
        {"CHILD": "D", "DATE_PLACED": "31/01/2025"},  # earlier by date, not by text
        {"CHILD": "D", "DATE_PLACED": "01/02/2025", "DATE_PLACED_CEASED": "05/02/2025"},
        {"CHILD": "E", "DATE_PLACED": "01/02/2025"},
    ]
    x = extract(PlacedAdoption=decisions)
    assert flagged("583", x) == {"PlacedAdoption": [3, 4, 5, 7]}
