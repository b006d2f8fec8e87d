from tests.interop.ssda903.support import extract, flagged

CARE_LEAVER = {"IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"}


def test_no_care_leaver_data_for_17_and_18_year_olds_who_left_after_turning_17() -> None:
    # (DOB, DEC); 2025/26 ends on 31 March 2026.
    rows = [
        ("01/06/2008", "01/06/2025"),  # left on the 17th birthday: flagged
        ("01/06/2008", "31/05/2025"),  # left the day before: passes
        ("01/06/2007", "01/01/2025"),  # 18, left at 17: flagged
        ("01/06/2007", "31/05/2024"),  # 18, left at 16: passes
        ("01/06/2006", "01/01/2025"),  # 19: passes
        ("01/06/2009", "01/01/2026"),  # 16: passes
        ("01/06/2008", None),  # still open: rule 1007's concern
        ("29/02/2008", "28/02/2025"),  # 17th birthday 28 February 2025: flagged
        ("29/02/2008", "27/02/2025"),  # passes
        ("31/03/2009", "31/03/2026"),  # 17 on 31 March, left that day: flagged
    ]
    x = extract(
        2026,
        OC3=[{"CHILD": str(i), "DOB": d, **CARE_LEAVER} for i, (d, _) in enumerate(rows)],
        Episodes=[
            {"CHILD": str(i), "DECOM": "01/01/2020", "DEC": e} for i, (_, e) in enumerate(rows)
        ],
    )
    assert flagged("1016", x) == {"OC3": [1, 3, 8, 10]}


def test_an_invalid_date_of_birth_or_blank_data_passes() -> None:
    x = extract(
        2026,
        OC3=[
            {"CHILD": "1", "DOB": "2008-06-01", **CARE_LEAVER},
            {"CHILD": "2", "DOB": "01/06/2008"},
        ],
        Episodes=[{"CHILD": c, "DECOM": "01/01/2020", "DEC": "01/09/2025"} for c in "12"],
    )
    assert flagged("1016", x) == {}
