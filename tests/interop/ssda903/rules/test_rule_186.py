from tests.interop.ssda903.support import extract, flagged

IN_CARE = {"DECOM": "01/01/2020", "RNE": "S", "LS": "C2"}


def test_a_score_or_a_reason_is_needed_from_4_on_1_april_to_16_on_31_march() -> None:
    dobs = [
        "01/04/2021",  # 4 on 1 April 2025: flagged
        "02/04/2021",  # 4 the day after: passes
        "01/04/2009",  # 16 on 31 March 2026: flagged
        "31/03/2009",  # 17 on 31 March 2026: passes
        "29/02/2012",  # 14: flagged
        None,  # unknown age: passes
    ]
    x = extract(
        2026,
        Episodes=[{"CHILD": str(i), **IN_CARE} for i in range(len(dobs))],
        OC2=[{"CHILD": str(i), "DOB": d} for i, d in enumerate(dobs)],
    )
    assert flagged("186", x) == {"OC2": [1, 3, 5]}


def test_a_score_alone_or_a_reason_alone_passes() -> None:
    x = extract(
        2026,
        Episodes=[{"CHILD": c, **IN_CARE} for c in "123"],
        OC2=[
            {"CHILD": "1", "DOB": "01/01/2015", "SDQ_SCORE": "10"},
            {"CHILD": "2", "DOB": "01/01/2015", "SDQ_REASON": "SDQ3"},
            {"CHILD": "3", "DOB": "01/01/2015"},
        ],
    )
    assert flagged("186", x) == {"OC2": [3]}


def test_children_outside_the_cohort_pass() -> None:
    x = extract(
        2026,
        Episodes=[{"CHILD": "1", "DECOM": "01/07/2025", "RNE": "S", "LS": "C2"}],
        OC2=[{"CHILD": "1", "DOB": "01/01/2015"}, {"CHILD": "2", "DOB": "01/01/2015"}],
    )
    assert flagged("186", x) == {}
