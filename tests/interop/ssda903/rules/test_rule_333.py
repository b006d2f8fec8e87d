from tests.interop.ssda903.support import extract, flagged


def test_date_should_be_placed_must_be_given_and_on_or_before_the_match() -> None:
    rows = [
        {"DATE_INT": "01/06/2025", "DATE_MATCH": "05/06/2025"},
        {"DATE_INT": "05/06/2025", "DATE_MATCH": "05/06/2025"},  # the same day
        {"DATE_INT": "06/06/2025", "DATE_MATCH": "05/06/2025"},  # the day after
        {"DATE_INT": None, "DATE_MATCH": "05/06/2025"},
        {"DATE_INT": "bad", "DATE_MATCH": "05/06/2025"},
        {"DATE_INT": "06/06/2025", "DATE_MATCH": None},
    ]
    x = extract(AD1=[{"CHILD": str(i), **r} for i, r in enumerate(rows)])
    assert flagged("333", x) == {"AD1": [3, 4, 5]}
