from tests.interop.ssda903.support import extract, flagged


def test_a_placement_over_350_miles_away_is_flagged_unless_999_9() -> None:
    distances = ["350.0", "350.1", "999.9", "999.8", "-351", None, "12"]
    rows = [{"CHILD": str(i), "PL_DISTANCE": d} for i, d in enumerate(distances)]
    assert flagged("454", extract(2026, located=True, Episodes=rows)) == {"Episodes": [2, 4]}
