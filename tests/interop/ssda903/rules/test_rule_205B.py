from tests.interop.ssda903.support import extract, flagged

# 2025/26: each child is UASC in both years.
CASES = [  # DOB, last year's DUC, this year's DUC, flagged?
    ("10/06/2008", "10/06/2026", "10/06/2026", False),  # 18th birthday, unchanged
    ("10/06/2007", "10/06/2025", "10/06/2025", False),  # ceased this year on the 18th
    ("10/06/2008", "10/06/2026", "01/05/2025", False),  # ceased early, within this year
    ("10/06/2008", "10/06/2026", "01/04/2025", False),  # first day of the year
    ("10/06/2008", "10/06/2026", "31/03/2026", False),  # last day of the year
    ("10/06/2008", "10/06/2026", "01/04/2026", True),  # changed, after the year
    ("10/06/2008", "09/06/2026", "09/06/2026", True),  # last year's not the 18th birthday
    ("10/06/2008", None, None, True),  # last year's blank
    ("10/06/2008", "10/06/2026", None, True),  # this year's blank
]


def test_dates_uasc_ceased_must_agree_across_the_two_years() -> None:
    last = extract(
        2025, UASC=[{"CHILD": str(i), "DOB": c[0], "DUC": c[1]} for i, c in enumerate(CASES)]
    )
    x = extract(
        2026,
        previous=last,
        Header=[{"CHILD": str(i)} for i in reversed(range(len(CASES)))],
        UASC=[{"CHILD": str(i), "DOB": c[0], "DUC": c[2]} for i, c in enumerate(CASES)],
    )
    uasc_rows = [i + 1 for i, c in enumerate(CASES) if c[3]]
    header_rows = sorted(len(CASES) - i for i, c in enumerate(CASES) if c[3])
    assert flagged("205B", x) == {"Header": header_rows, "UASC": uasc_rows}


def test_a_child_uasc_only_this_year_is_not_checked() -> None:
    last = extract(2025, UASC=[{"CHILD": "1", "DOB": "10/06/2008", "DUC": None}])
    x = extract(2026, previous=last, UASC=[{"CHILD": "2", "DOB": "10/06/2008", "DUC": None}])
    assert flagged("205B", x) == {}
