from tests.interop.ssda903.support import extract, flagged


def test_a_missing_period_starting_after_the_year_ends_is_flagged() -> None:
    starts = ["31/03/2026", "01/04/2026", "01/04/2024", None]
    x = extract(2026, Missing=[{"CHILD": "1", "MIS_START": s} for s in starts])
    assert flagged("570", x) == {"Missing": [2]}
