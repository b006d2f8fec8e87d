from tests.interop.ssda903.support import extract, flagged

IN_CARE = {"DECOM": "01/01/2022", "RNE": "S", "LS": "C2"}


def test_health_promotion_is_needed_under_5_on_31_march_in_the_cohort() -> None:
    rows = [
        ("01/04/2021", None),  # 4 on 31 March 2026: flagged
        ("31/03/2021", None),  # 5 on 31 March: passes
        ("01/04/2021", "1"),  # given: passes
        (None, None),  # unknown age: passes
    ]
    x = extract(
        2026,
        Episodes=[{"CHILD": str(i), **IN_CARE} for i in range(len(rows))],
        OC2=[{"CHILD": str(i), "DOB": d, "HEALTH_CHECK": h} for i, (d, h) in enumerate(rows)],
    )
    assert flagged("545", x) == {"OC2": [1]}


def test_children_outside_the_cohort_pass() -> None:
    x = extract(2026, OC2=[{"CHILD": "1", "DOB": "01/01/2023"}])
    assert flagged("545", x) == {}
