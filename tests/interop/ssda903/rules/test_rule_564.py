from tests.interop.ssda903.support import extract, flagged


def test_a_missing_or_away_period_without_a_start_date_is_flagged() -> None:
    rows = [
        {"MISSING": "M", "MIS_START": "01/05/2025"},
        {"MISSING": "M", "MIS_START": None},
        {"MISSING": "A", "MIS_START": None},
        {"MISSING": "a", "MIS_START": None},
        {"MISSING": "A", "MIS_START": "not a date"},  # an invalid date is 1004's business
        {"MISSING": None, "MIS_START": None},
        {"MISSING": "X", "MIS_START": None},
    ]
    x = extract(Missing=[{"CHILD": "1", **r} for r in rows])
    assert flagged("564", x) == {"Missing": [2, 3, 4]}
