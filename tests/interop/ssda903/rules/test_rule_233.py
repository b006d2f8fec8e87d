from tests.interop.ssda903.support import extract, flagged


def test_an_open_episode_needs_no_reason_for_placement_change() -> None:
    rows = [
        {"CHILD": "1", "DEC": None, "REASON_PLACE_CHANGE": "CARPL"},
        {"CHILD": "2", "DEC": None, "REASON_PLACE_CHANGE": None},
        {"CHILD": "3", "DEC": "01/06/2025", "REASON_PLACE_CHANGE": "CARPL"},
        {"CHILD": "4", "DEC": "99/99/2025", "REASON_PLACE_CHANGE": "CARPL"},
    ]
    assert flagged("233", extract(2026, Episodes=rows)) == {"Episodes": [1]}
