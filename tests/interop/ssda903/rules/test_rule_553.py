from tests.interop.ssda903.support import extract, flagged


def test_a_placement_order_needs_an_unreversed_decision_to_place_for_adoption() -> None:
    episodes = [
        {"CHILD": "A", "LS": "E1", "DEC": None},  # no decision at all
        {"CHILD": "B", "LS": "E1", "DEC": "01/09/2025"},
        {"CHILD": "C", "LS": "E1", "DEC": None},  # reversed while the order is open
        {"CHILD": "D", "LS": "C2", "DEC": None},
        {"CHILD": "E", "LS": "E1", "DEC": None},
    ]
    decisions = [
        {"CHILD": "B", "DATE_PLACED_CEASED": "01/09/2025", "REASON_PLACED_CEASED": "RD1"},
        {"CHILD": "C", "DATE_PLACED_CEASED": None, "REASON_PLACED_CEASED": "RD1"},
        {"CHILD": "E", "DATE_PLACED": "01/05/2025"},
    ]
    x = extract(Episodes=episodes, PlacedAdoption=decisions)
    assert flagged("553", x) == {"Episodes": [1], "PlacedAdoption": [2]}


def test_nothing_is_flagged_when_placed_adoption_was_not_supplied() -> None:
    x = extract(Episodes=[{"CHILD": "A", "LS": "E1"}])
    assert flagged("553", x) == {}
