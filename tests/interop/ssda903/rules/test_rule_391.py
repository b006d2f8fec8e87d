from tests.interop.ssda903.support import extract, flagged


def test_care_leaver_data_needs_age_17_or_over_on_31_march() -> None:
    rows = [
        ("01/04/2009", "YES"),  # 16 on 31 March 2026: flagged
        ("31/03/2009", "YES"),  # 17 on 31 March: passes
        ("01/01/2012", None),  # 14 with no data: passes
        ("01/01/2004", "NO"),  # 22: passes
        (None, "YES"),  # unknown age: passes
    ]
    x = extract(
        2026,
        OC3=[{"CHILD": str(i), "DOB": d, "IN_TOUCH": t} for i, (d, t) in enumerate(rows)],
    )
    assert flagged("391", x) == {"OC3": [1]}
