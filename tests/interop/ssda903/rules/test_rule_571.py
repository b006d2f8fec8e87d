from tests.interop.ssda903.support import extract, flagged


def test_a_missing_period_ending_outside_the_year_is_flagged() -> None:
    ends = ["31/03/2025", "01/04/2025", "31/03/2026", "01/04/2026", None, "31/13/2025"]
    x = extract(2026, Missing=[{"CHILD": "1", "MIS_END": e} for e in ends])
    assert flagged("571", x) == {"Missing": [1, 4]}
