from tests.interop.ssda903.support import extract, flagged


def test_a_blank_or_impossible_missing_start_date_is_flagged() -> None:
    starts = ["01/05/2025", None, "31/04/2025", "2025-05-01", "01/05/25"]
    x = extract(Missing=[{"CHILD": "1", "MIS_START": s} for s in starts])
    assert flagged("1004", x) == {"Missing": [2, 3, 4, 5]}
