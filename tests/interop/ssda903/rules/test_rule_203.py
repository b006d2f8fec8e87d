from tests.interop.ssda903.support import extract, flagged


def test_a_date_of_birth_that_changed_since_last_year_is_flagged() -> None:
    last = extract(2025, Header=[
        {"CHILD": "1", "DOB": "01/02/2015"},
        {"CHILD": "2", "DOB": "01/02/2015"},
        {"CHILD": "3", "DOB": "1/2/2015"},
        {"CHILD": "4", "DOB": "01/02/2015"},
        {"CHILD": "5", "DOB": "31/02/2015"},
    ])  # fmt: skip
    x = extract(2026, previous=last, Header=[
        {"CHILD": "1", "DOB": "01/02/2015"},
        {"CHILD": "2", "DOB": "02/02/2015"},
        {"CHILD": "3", "DOB": "01/02/2015"},  # the same day, written differently
        {"CHILD": "4", "DOB": None},
        {"CHILD": "5", "DOB": "30/02/2015"},  # impossible in both years: not compared
        {"CHILD": "6", "DOB": "01/02/2015"},
    ])  # fmt: skip
    assert flagged("203", x) == {"Header": [2, 4]}
