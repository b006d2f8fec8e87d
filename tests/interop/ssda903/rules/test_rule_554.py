from tests.interop.ssda903.support import extract, flagged


def test_decision_must_not_be_after_the_first_placement_order_episode() -> None:
    episodes = [
        {"CHILD": "A", "DECOM": "01/03/2025", "LS": "E1"},
        {"CHILD": "A", "DECOM": "01/06/2025", "LS": "E1"},
        {"CHILD": "B", "DECOM": "01/06/2025", "LS": "C2"},
        {"CHILD": "C", "DECOM": "01/06/2025", "LS": "E1"},
    ]
    decisions = [
        {"CHILD": "A", "DATE_PLACED": "02/03/2025"},  # the day after the first order
        {"CHILD": "B", "DATE_PLACED": "01/01/2026"},
        {"CHILD": "C", "DATE_PLACED": "01/06/2025"},  # the day of the order
    ]
    x = extract(Episodes=episodes, PlacedAdoption=decisions)
    assert flagged("554", x) == {"Episodes": [1], "PlacedAdoption": [1]}
