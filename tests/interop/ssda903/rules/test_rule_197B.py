from tests.interop.ssda903.support import extract, flagged

IN_CARE = {"DECOM": "01/01/2020", "RNE": "S", "LS": "C2"}


def test_a_score_or_a_reason_is_needed_for_children_turning_4_or_17() -> None:
    dobs = [
        "01/04/2021",  # 4 on 1 April 2025, so 4 all year: passes
        "31/03/2022",  # 4 on 31 March 2026: flagged
        "31/03/2021",  # 4 the day before the year: passes
        "01/04/2022",  # 4 the day after the year: passes
        "01/04/2008",  # 17 on 1 April 2025, so 17 all year (rule 189 forbids an SDQ): passes
        "31/03/2009",  # 17 on 31 March 2026: flagged
        "01/04/2009",  # 17 the day after the year: passes
        "01/01/2015",  # 11: passes (rule 186's concern)
        "29/02/2008",  # 17 on 28 February 2025: passes, the day before the year
    ]
    x = extract(
        2026,
        Episodes=[{"CHILD": str(i), **IN_CARE} for i in range(len(dobs))],
        OC2=[{"CHILD": str(i), "DOB": d} for i, d in enumerate(dobs)],
    )
    assert flagged("197B", x) == {"OC2": [2, 6]}


def test_a_score_or_a_reason_or_being_outside_the_cohort_passes() -> None:
    x = extract(
        2026,
        Episodes=[{"CHILD": "1", **IN_CARE}, {"CHILD": "2", **IN_CARE}],
        OC2=[
            {"CHILD": "1", "DOB": "01/06/2021", "SDQ_SCORE": "5"},
            {"CHILD": "2", "DOB": "01/06/2021", "SDQ_REASON": "SDQ1"},
            {"CHILD": "3", "DOB": "01/06/2021"},  # no episodes
        ],
    )
    assert flagged("197B", x) == {}
