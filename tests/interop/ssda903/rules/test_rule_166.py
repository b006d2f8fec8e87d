from tests.interop.ssda903.support import extract, flagged


def test_a_blank_or_impossible_review_date_is_flagged() -> None:
    dates = ["01/05/2025", "29/02/2024", "29/02/2025", "2025-05-01", None, "01/05/25"]
    x = extract(Reviews=[{"CHILD": "1", "REVIEW": d} for d in dates])
    assert flagged("166", x) == {"Reviews": [3, 4, 5, 6]}
