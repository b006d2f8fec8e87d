from tests.interop.ssda903.support import extract, flagged

EPISODES = [
    {"CHILD": "A", "PLACE": "A3", "LS": "E1", "REC": "E13"},  # decision not reversed
    {"CHILD": "B", "PLACE": "U1", "LS": "E1", "REC": "E4A"},  # no decision row
    {"CHILD": "C", "PLACE": "A4", "LS": "E1", "REC": "E11"},  # adopted
    {"CHILD": "D", "PLACE": "A5", "LS": "C2", "REC": "X1"},
    {"CHILD": "E", "PLACE": "A6", "LS": "C2", "REC": None},  # still in care
    {"CHILD": "F", "PLACE": "U1", "LS": "D1", "REC": "E13"},  # freeing order, no decision
    {"CHILD": "G", "PLACE": "A3", "LS": "E1", "REC": "E8"},  # reversal recorded
]
DECISIONS = [
    {"CHILD": "A", "DATE_PLACED": "01/05/2025"},
    {"CHILD": "G", "DATE_PLACED_CEASED": "01/10/2025", "REASON_PLACED_CEASED": "RD2"},
]


def test_leaving_care_unadopted_needs_the_reversal_recorded_from_2024_25() -> None:
    x = extract(2026, Episodes=EPISODES, PlacedAdoption=DECISIONS)
    assert flagged("557", x) == {"Episodes": [1, 2], "PlacedAdoption": [1]}


def test_freeing_orders_d1_counted_until_2023_24() -> None:
    x = extract(2024, Episodes=EPISODES, PlacedAdoption=DECISIONS)
    assert flagged("557", x) == {"Episodes": [1, 2, 6], "PlacedAdoption": [1]}


def test_a_reversal_without_its_reason_is_incomplete() -> None:
    x = extract(
        Episodes=[{"CHILD": "A", "PLACE": "A3", "LS": "E1", "REC": "E13"}],
        PlacedAdoption=[{"CHILD": "A", "DATE_PLACED_CEASED": "01/10/2025"}],
    )
    assert flagged("557", x) == {"Episodes": [1], "PlacedAdoption": [1]}
