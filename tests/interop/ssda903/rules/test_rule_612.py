from tests.interop.ssda903.support import extract, flagged

ROWS = [  # SEX is filled in per year
    {"MOTHER": "0", "MC_DOB": "01/01/2024"},
    {"MOTHER": None, "MC_DOB": "01/01/2024"},
    {"MOTHER": "0", "MC_DOB": "not a date"},
    {"MOTHER": "1", "MC_DOB": "01/01/2024"},
    {"MOTHER": "0", "MC_DOB": None},
]


def test_a_female_with_a_childs_date_of_birth_but_not_a_mother_is_flagged() -> None:
    rows = [{"SEX": "F", **r} for r in ROWS] + [{"SEX": "M", "MOTHER": "0", "MC_DOB": "01/01/2024"}]
    x = extract(2025, Header=[{"CHILD": str(i), **r} for i, r in enumerate(rows)])
    assert flagged("612", x) == {"Header": [1, 2, 3]}


def test_females_were_coded_2_until_2023_24() -> None:
    rows = [{"SEX": "2", **r} for r in ROWS] + [{"SEX": "F", "MOTHER": "0", "MC_DOB": "01/01/2023"}]
    x = extract(2024, Header=[{"CHILD": str(i), **r} for i, r in enumerate(rows)])
    assert flagged("612", x) == {"Header": [1, 2, 3]}
