from tests.interop.ssda903.support import extract, flagged

IN_CARE = {"DECOM": "01/01/2020", "RNE": "S", "LS": "C2"}


def test_no_health_promotion_from_5_on_31_march_in_the_cohort() -> None:
    rows = [
        ("31/03/2021", "1"),  # 5 on 31 March 2026: flagged
        ("01/04/2021", "1"),  # 4: passes
        ("01/01/2012", "0"),  # 14: flagged
        ("01/01/2012", None),  # blank: passes
        (None, "1"),  # unknown age: passes
    ]
    x = extract(
        2026,
        Episodes=[{"CHILD": str(i), **IN_CARE} for i in range(len(rows))],
        OC2=[{"CHILD": str(i), "DOB": d, "HEALTH_CHECK": h} for i, (d, h) in enumerate(rows)],
    )
    assert flagged("546", x) == {"OC2": [1, 3]}


def test_children_outside_the_cohort_pass() -> None:
    x = extract(2026, OC2=[{"CHILD": "1", "DOB": "01/01/2012", "HEALTH_CHECK": "1"}])
    assert flagged("546", x) == {}
