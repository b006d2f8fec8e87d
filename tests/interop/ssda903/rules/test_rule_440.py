from tests.interop.ssda903.support import extract, flagged


def test_pn0_after_the_fourth_birthday_is_flagged() -> None:
    rows = [
        {"DOB": "10/05/2021", "REVIEW": "09/05/2025", "REVIEW_CODE": "PN0"},
        {"DOB": "10/05/2021", "REVIEW": "10/05/2025", "REVIEW_CODE": "PN0"},  # birthday
        {"DOB": "10/05/2021", "REVIEW": "11/05/2025", "REVIEW_CODE": "PN0"},
        {"DOB": "10/05/2015", "REVIEW": "11/05/2025", "REVIEW_CODE": "PN1"},
        {"DOB": None, "REVIEW": "11/05/2025", "REVIEW_CODE": "PN0"},
        {"DOB": "10/05/2015", "REVIEW": None, "REVIEW_CODE": "PN0"},
    ]
    x = extract(Reviews=[{"CHILD": "1", **r} for r in rows])
    assert flagged("440", x) == {"Reviews": [3]}
