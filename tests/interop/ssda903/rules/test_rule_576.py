from tests.interop.ssda903.support import extract, flagged

LAST = [
    {"CHILD": "1", "MIS_START": "20/03/2025", "MIS_END": None},  # open
    {"CHILD": "2", "MIS_START": "20/03/2025", "MIS_END": None},  # open
    {"CHILD": "3", "MIS_START": "20/03/2025", "MIS_END": "22/03/2025"},  # closed
    {"CHILD": "4", "MIS_START": "20/03/2025", "MIS_END": None},  # open
    {"CHILD": "5", "MIS_START": "20/03/2025", "MIS_END": None},  # open
]


def test_an_open_period_must_carry_on_as_this_years_first_period() -> None:
    x = extract(2026, previous=extract(2025, Missing=LAST), Missing=[
        {"CHILD": "1", "MIS_START": "20/03/2025", "MIS_END": "02/04/2025"},  # carried on
        {"CHILD": "1", "MIS_START": "01/06/2025", "MIS_END": "02/06/2025"},
        {"CHILD": "2", "MIS_START": "01/06/2025", "MIS_END": "02/06/2025"},  # not carried on
        {"CHILD": "3", "MIS_START": "01/06/2025", "MIS_END": "02/06/2025"},
        {"CHILD": "4", "MIS_START": None, "MIS_END": "02/04/2025"},  # no start date
        {"CHILD": "5", "MIS_START": "01/06/2025", "MIS_END": None},  # flagged on its first row
        {"CHILD": "5", "MIS_START": "21/03/2025", "MIS_END": "01/04/2025"},
    ])  # fmt: skip
    assert flagged("576", x) == {"Missing": [3, 5, 7]}


def test_a_child_without_missing_rows_this_year_is_not_flagged() -> None:
    x = extract(2026, previous=extract(2025, Missing=LAST), Missing=[{"CHILD": "9"}])
    assert flagged("576", x) == {}
