from tests.interop.ssda903.support import extract, flagged


def test_uasc_status_ceasing_after_the_18th_birthday_is_flagged() -> None:
    rows = [
        {"DOB": "15/06/2007", "DUC": "14/06/2025"},
        {"DOB": "15/06/2007", "DUC": "15/06/2025"},  # the 18th birthday
        {"DOB": "15/06/2007", "DUC": "16/06/2025"},
        {"DOB": "29/02/2008", "DUC": "28/02/2026"},  # 18th birthday of a leap-day child
        {"DOB": "29/02/2008", "DUC": "01/03/2026"},
        {"DOB": None, "DUC": "16/06/2025"},
        {"DOB": "15/06/2007", "DUC": None},
    ]
    x = extract(UASC=[{"CHILD": str(i), **r} for i, r in enumerate(rows)])
    assert flagged("304", x) == {"UASC": [3, 5]}
