from tests.interop.ssda903.support import extract, flagged


def test_a_review_needs_a_valid_participation_code() -> None:
    rows = [
        {"REVIEW": "01/05/2025", "REVIEW_CODE": "PN0"},
        {"REVIEW": "01/05/2025", "REVIEW_CODE": "PN7"},
        {"REVIEW": "01/05/2025", "REVIEW_CODE": "PN8"},
        {"REVIEW": "01/05/2025", "REVIEW_CODE": None},
        {"REVIEW": "not a date", "REVIEW_CODE": "PN1"},
    ]
    x = extract(Reviews=[{"CHILD": "1", **r} for r in rows])
    assert flagged("167", x) == {"Reviews": [3, 4]}


def test_a_code_without_a_review_date_is_flagged_but_an_empty_row_is_not() -> None:
    rows = [{"REVIEW": None, "REVIEW_CODE": "PN1"}, {"REVIEW": None, "REVIEW_CODE": None}]
    x = extract(Reviews=[{"CHILD": "1", **r} for r in rows])
    assert flagged("167", x) == {"Reviews": [1]}
