from tests.interop.ssda903.support import extract, flagged


def test_a_mother_under_11_at_the_start_of_the_year_is_flagged() -> None:
    rows = [  # 2025/26 starts 01/04/2025
        {"MOTHER": "1", "DOB": "01/04/2014"},  # 11 on the first day
        {"MOTHER": "1", "DOB": "02/04/2014"},  # 11 the day after
        {"MOTHER": "0", "DOB": "01/01/2020"},
        {"MOTHER": "1", "DOB": None},
    ]
    x = extract(2026, Header=[{"CHILD": str(i), **r} for i, r in enumerate(rows)])
    assert flagged("620", x) == {"Header": [2]}
