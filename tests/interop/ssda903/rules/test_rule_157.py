from incare.interop.ssda903.extract import Extract
from tests.interop.ssda903.support import extract, flagged

IN_CARE = {"DECOM": "01/01/2024", "RNE": "S", "LS": "C2"}


def oc2_extract(dobs: list[str], reason: str = "SDQ1", score: str | None = None) -> Extract:
    return extract(
        2026,
        Episodes=[{"CHILD": str(i), **IN_CARE} for i in range(len(dobs))],
        OC2=[
            {"CHILD": str(i), "DOB": d, "SDQ_REASON": reason, "SDQ_SCORE": score}
            for i, d in enumerate(dobs)
        ],
    )


def test_sdq1_is_flagged_for_children_aged_4_on_1_april_to_16_on_31_march() -> None:
    dobs = [
        "01/04/2021",  # 4 on 1 April 2025: flagged
        "02/04/2021",  # 4 the day after 1 April: passes
        "01/01/2015",  # 11: flagged
        "01/04/2009",  # 16 on 31 March 2026 (17 the day after): flagged
        "31/03/2009",  # 17 on 31 March 2026: passes
        "01/06/2009",  # turned 16 in June 2025: flagged
    ]
    assert flagged("157", oc2_extract(dobs)) == {"OC2": [1, 3, 4, 6]}


def test_other_reasons_or_a_score_pass() -> None:
    assert flagged("157", oc2_extract(["01/01/2015"], reason="SDQ2")) == {}
    assert flagged("157", oc2_extract(["01/01/2015"], score="12")) == {}


def test_children_outside_the_oc2_cohort_pass() -> None:
    x = extract(
        2026,
        Episodes=[{"CHILD": "1", "DECOM": "01/05/2025", "RNE": "S", "LS": "C2"}],
        OC2=[
            {"CHILD": "1", "DOB": "01/01/2015", "SDQ_REASON": "SDQ1"},
            {"CHILD": "2", "DOB": "01/01/2015", "SDQ_REASON": "SDQ1"},  # no episodes
        ],
    )
    assert flagged("157", x) == {}
