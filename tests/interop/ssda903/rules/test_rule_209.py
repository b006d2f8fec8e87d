from tests.interop.ssda903.support import extract, flagged


def test_un1_is_flagged_for_a_child_four_by_31_august_before_the_year() -> None:
    rows = [  # 2025/26: the child must have been 4 by 31/08/2024
        {"DOB": "31/08/2020", "UPN": "UN1"},  # 4 on the day: flagged
        {"DOB": "01/09/2020", "UPN": "UN1"},  # a day too young
        {"DOB": "01/01/2015", "UPN": "UN2"},
        {"DOB": "01/01/2015", "UPN": "A123456789012"},
        {"DOB": None, "UPN": "UN1"},
    ]
    x = extract(2026, Header=[{"CHILD": str(i), **r} for i, r in enumerate(rows)])
    assert flagged("209", x) == {"Header": [1]}


def test_the_school_age_date_moves_with_the_collection_year() -> None:
    x = extract(2025, Header=[{"CHILD": "1", "DOB": "31/08/2020", "UPN": "UN1"}])
    assert flagged("209", x) == {}
