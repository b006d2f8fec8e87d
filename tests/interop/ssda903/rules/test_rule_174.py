from tests.interop.ssda903.support import extract, flagged


def test_a_male_with_a_childs_date_of_birth_is_flagged_from_2024_25() -> None:
    rows = [
        {"SEX": "M", "MC_DOB": "01/01/2024"},
        {"SEX": "M", "MC_DOB": None},
        {"SEX": "F", "MC_DOB": "01/01/2024"},
        {"SEX": "M", "MC_DOB": "not a date"},
        {"SEX": "1", "MC_DOB": "01/01/2024"},
    ]
    x = extract(2025, Header=[{"CHILD": str(i), **r} for i, r in enumerate(rows)])
    assert flagged("174", x) == {"Header": [1, 4]}


def test_males_were_coded_1_until_2023_24() -> None:
    rows = [
        {"SEX": "1", "MC_DOB": "01/01/2023"},
        {"SEX": "2", "MC_DOB": "01/01/2023"},
        {"SEX": "F", "MC_DOB": "01/01/2023"},
    ]
    for year in (2023, 2024):
        x = extract(year, Header=[{"CHILD": str(i), **r} for i, r in enumerate(rows)])
        assert flagged("174", x) == {"Header": [1]}
