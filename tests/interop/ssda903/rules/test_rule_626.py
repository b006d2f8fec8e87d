from tests.interop.ssda903.support import extract, flagged


def test_a_new_mother_of_a_child_born_before_the_year_is_flagged() -> None:
    last = extract(2025, Header=[
        {"CHILD": "1", "MOTHER": "0"},
        {"CHILD": "2", "MOTHER": "0"},
        {"CHILD": "3", "MOTHER": "1"},
        {"CHILD": "4", "MOTHER": None},
        {"CHILD": "5", "MOTHER": "0"},
    ])  # fmt: skip
    x = extract(2026, previous=last, Header=[
        {"CHILD": "1", "MOTHER": "1", "MC_DOB": "31/03/2025"},  # before 01/04/2025
        {"CHILD": "2", "MOTHER": "1", "MC_DOB": "01/04/2025"},  # born this year
        {"CHILD": "3", "MOTHER": "1", "MC_DOB": "31/03/2025"},  # a mother last year too
        {"CHILD": "4", "MOTHER": "1", "MC_DOB": "31/03/2025"},  # blank last year
        {"CHILD": "5", "MOTHER": "1", "MC_DOB": "not a date"},
        {"CHILD": "6", "MOTHER": "1", "MC_DOB": "31/03/2025"},  # not in last year's return
    ])  # fmt: skip
    assert flagged("626", x) == {"Header": [1]}
