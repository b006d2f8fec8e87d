from tests.interop.ssda903.support import extract, flagged

# 2025/26; last year is 01/04/2024 to 31/03/2025.
LAST_UASC = [
    {"CHILD": "1", "DOB": "10/06/2006", "DUC": "10/06/2024"},  # ceased last year
    {"CHILD": "2", "DOB": "10/06/2008", "DUC": None},  # still UASC at 31/03/2025
    {"CHILD": "3", "DOB": "10/06/2007", "DUC": "10/06/2025"},  # ceases this year
    {"CHILD": "4", "DOB": "01/04/2006", "DUC": "01/04/2024"},  # first day of last year
    {"CHILD": "5", "DOB": "31/03/2006", "DUC": "31/03/2024"},  # the day before it
    {"CHILD": "6", "DOB": "10/06/2008", "DUC": None},  # still UASC this year
]


def test_a_child_no_longer_uasc_must_have_ceased_last_year() -> None:
    last = extract(2025, UASC=LAST_UASC)
    x = extract(
        2026,
        previous=last,
        Header=[{"CHILD": str(c)} for c in range(1, 8)],
        UASC=[{"CHILD": "6", "DOB": "10/06/2008", "DUC": "10/06/2026"}],
    )
    assert flagged("205A", x) == {"Header": [2, 3, 5]}


def test_nothing_is_flagged_without_both_years_uasc_tables() -> None:
    last = extract(2025, UASC=LAST_UASC)
    x = extract(2026, previous=last, Header=[{"CHILD": "2"}])
    assert flagged("205A", x) == {}
    x = extract(2026, previous=extract(2025), Header=[{"CHILD": "2"}], UASC=[{"CHILD": "9"}])
    assert flagged("205A", x) == {}
