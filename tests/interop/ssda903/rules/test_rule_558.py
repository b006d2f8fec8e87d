from tests.interop.ssda903.support import extract, flagged


def test_an_adopted_child_must_have_an_unreversed_decision() -> None:
    episodes = [
        {"CHILD": "A", "REC": "E11"},  # the only decision was reversed
        {"CHILD": "B", "REC": "E12"},  # an earlier decision reversed, a later one open
        {"CHILD": "C", "REC": "E11"},  # no decision rows
        {"CHILD": "D", "REC": "E13"},  # not adopted
        {"CHILD": "E", "REC": "E11"},  # a reversal date written, though invalid
    ]
    decisions = [
        {"CHILD": "A", "DATE_PLACED_CEASED": "01/01/2026"},
        {"CHILD": "B", "DATE_PLACED_CEASED": "01/01/2025"},
        {"CHILD": "B", "DATE_PLACED_CEASED": None},
        {"CHILD": "D", "DATE_PLACED_CEASED": "01/01/2026"},
        {"CHILD": "E", "DATE_PLACED_CEASED": "bad"},
    ]
    x = extract(Episodes=episodes, PlacedAdoption=decisions)
    assert flagged("558", x) == {"Episodes": [1, 5]}
