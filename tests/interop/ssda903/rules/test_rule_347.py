from tests.interop.ssda903.support import extract, flagged


def test_no_foyer_for_care_leavers_under_18_on_1_april() -> None:
    rows = [
        ("02/04/2007", "T1"),  # 17 on 1 April 2025: flagged
        ("02/04/2007", "T2"),  # flagged
        ("01/04/2007", "T1"),  # 18 on 1 April: passes
        ("02/04/2007", "U1"),  # not a foyer
        (None, "T1"),  # unknown age: passes
        ("01/03/2008", "T"),  # flagged
        ("29/02/2008", "T1"),  # 17: flagged
    ]
    x = extract(
        2026,
        OC3=[{"CHILD": str(i), "DOB": d, "ACCOM": a} for i, (d, a) in enumerate(rows)],
    )
    assert flagged("347", x) == {"OC3": [1, 2, 6, 7]}
