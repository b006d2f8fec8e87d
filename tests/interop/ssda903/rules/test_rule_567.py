from tests.interop.ssda903.support import extract, flagged


def test_a_missing_period_ending_before_it_starts_is_flagged() -> None:
    rows = [
        {"MIS_START": "05/05/2025", "MIS_END": "06/05/2025"},
        {"MIS_START": "05/05/2025", "MIS_END": "05/05/2025"},
        {"MIS_START": "05/05/2025", "MIS_END": "04/05/2025"},
        {"MIS_START": "05/05/2025", "MIS_END": None},
        {"MIS_START": None, "MIS_END": "04/05/2025"},
    ]
    x = extract(Missing=[{"CHILD": "1", **r} for r in rows])
    assert flagged("567", x) == {"Missing": [3]}
