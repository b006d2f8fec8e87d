from tests.interop.ssda903.support import extract, flagged

CARE_LEAVER = {"IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"}


def test_no_care_leaver_data_for_17_and_18_year_olds_looked_after_on_their_birthday() -> None:
    # (DOB, DECOM, DEC); 2025/26 ends on 31 March 2026.
    rows = [
        ("01/06/2008", "01/01/2025", "02/06/2025"),  # in care on 17th birthday: flagged
        ("01/06/2008", "01/01/2025", "01/06/2025"),  # left on the birthday: passes
        ("01/06/2008", "01/06/2025", "01/09/2025"),  # came into care on it: flagged
        ("01/06/2008", "02/06/2025", "01/09/2025"),  # came in the day after: passes
        ("01/06/2007", "01/01/2025", None),  # still open on the 18th birthday: flagged
        ("01/06/2007", "01/01/2025", "01/01/2026"),  # in care on 18th, not 17th: flagged
        ("01/06/2007", "01/01/2023", "01/01/2025"),  # in care on 17th only: passes
        ("01/06/2006", "01/01/2024", "01/09/2025"),  # 19: passes
        ("01/06/2009", "01/01/2025", None),  # 16: passes
        ("29/02/2008", "28/02/2026", "01/03/2026"),  # 18 on 28 February 2026: flagged
        ("01/04/2009", "01/01/2025", None),  # 17 on 1 April 2026, after the year: passes
        ("31/03/2009", "01/01/2025", "01/04/2026"),  # 17 on 31 March: flagged
    ]
    x = extract(
        2026,
        OC3=[{"CHILD": str(i), "DOB": d, **CARE_LEAVER} for i, (d, _, _) in enumerate(rows)],
        Episodes=[
            {"CHILD": str(i), "DECOM": s, "DEC": e, "REC": "E8" if e else None}
            for i, (_, s, e) in enumerate(rows)
        ],
    )
    assert flagged("1007", x) == {"OC3": [1, 3, 5, 6, 10, 12]}


def test_blank_care_leaver_data_passes() -> None:
    x = extract(
        2026,
        OC3=[{"CHILD": "1", "DOB": "01/06/2008"}],
        Episodes=[{"CHILD": "1", "DECOM": "01/01/2025"}],
    )
    assert flagged("1007", x) == {}
