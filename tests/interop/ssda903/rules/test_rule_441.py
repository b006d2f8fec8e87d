from tests.interop.ssda903.support import extract, flagged


def test_a_code_for_over_fours_before_the_fourth_birthday_is_flagged() -> None:
    rows = [
        {"DOB": "10/05/2021", "REVIEW": "09/05/2025", "REVIEW_CODE": "PN1"},
        {"DOB": "10/05/2021", "REVIEW": "09/05/2025", "REVIEW_CODE": "PN7"},
        {"DOB": "10/05/2021", "REVIEW": "10/05/2025", "REVIEW_CODE": "PN2"},  # birthday
        {"DOB": "10/05/2021", "REVIEW": "09/05/2025", "REVIEW_CODE": "PN0"},
        {"DOB": None, "REVIEW": "09/05/2025", "REVIEW_CODE": "PN1"},
        {"DOB": "10/05/2021", "REVIEW": None, "REVIEW_CODE": "PN1"},
    ]
    x = extract(Reviews=[{"CHILD": "1", **r} for r in rows])
    assert flagged("441", x) == {"Reviews": [1, 2]}
