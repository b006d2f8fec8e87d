from tests.interop.ssda903.support import extract, flagged

IN_CARE = {"DECOM": "01/01/2020", "RNE": "S", "LS": "C2"}


def test_conviction_information_is_needed_from_10_on_31_march_in_the_cohort() -> None:
    rows = [
        ("31/03/2016", None),  # 10 on 31 March 2026: flagged
        ("01/04/2016", None),  # 9: passes
        ("01/01/2010", None),  # 16: flagged
        ("01/01/2010", "0"),  # given: passes
        (None, None),  # unknown age: passes
    ]
    x = extract(
        2026,
        Episodes=[{"CHILD": str(i), **IN_CARE} for i in range(len(rows))],
        OC2=[{"CHILD": str(i), "DOB": d, "CONVICTED": c} for i, (d, c) in enumerate(rows)],
    )
    assert flagged("543", x) == {"OC2": [1, 3]}


def test_children_outside_the_cohort_pass() -> None:
    x = extract(
        2026,
        Episodes=[{"CHILD": "1", "DECOM": "01/09/2025", "RNE": "S", "LS": "C2"}],
        OC2=[{"CHILD": "1", "DOB": "01/01/2010"}, {"CHILD": "2", "DOB": "01/01/2010"}],
    )
    assert flagged("543", x) == {}
