from incare.interop.ssda903.extract import Extract
from tests.interop.ssda903.support import Rows, extract, flagged

# Episodes in 2025/26 (1 April 2025 to 31 March 2026), child by child.
COHORT_CASES: dict[str, tuple[bool, Rows]] = {
    "open since 2024": (True, [{"DECOM": "01/01/2024", "RNE": "S", "LS": "C2"}]),
    "started on 1 April": (True, [{"DECOM": "01/04/2025", "RNE": "S", "LS": "C2"}]),
    "started on 2 April": (False, [{"DECOM": "02/04/2025", "RNE": "S", "LS": "C2"}]),
    "left on 31 March": (
        True,
        [{"DECOM": "01/01/2024", "RNE": "S", "LS": "C2", "DEC": "31/03/2026", "REC": "E8"}],
    ),
    "left on 30 March": (
        False,
        [{"DECOM": "01/01/2024", "RNE": "S", "LS": "C2", "DEC": "30/03/2026", "REC": "E8"}],
    ),
    "left on 1 April": (
        False,
        [{"DECOM": "01/01/2024", "RNE": "S", "LS": "C2", "DEC": "01/04/2025", "REC": "E8"}],
    ),
    "episode ended with X1 and the next began": (
        True,
        [
            {"DECOM": "01/01/2024", "RNE": "S", "LS": "C2", "DEC": "30/03/2026", "REC": "X1"},
            {"DECOM": "30/03/2026", "RNE": "P", "LS": "C2"},
        ],
    ),
    "ended in the year with a blank reason": (
        False,
        [{"DECOM": "01/01/2024", "RNE": "S", "LS": "C2", "DEC": "01/09/2025"}],
    ),
    "invalid end date counts as open": (
        True,
        [{"DECOM": "01/01/2024", "RNE": "S", "LS": "C2", "DEC": "2025-09-01", "REC": "E8"}],
    ),
    "short break during the year": (
        False,
        [
            {"DECOM": "01/01/2024", "RNE": "S", "LS": "C2"},
            {"DECOM": "01/06/2025", "RNE": "S", "LS": "V4", "DEC": "02/06/2025", "REC": "X1"},
        ],
    ),
    "short break before the year": (
        True,
        [
            {"DECOM": "01/06/2023", "RNE": "S", "LS": "V3", "DEC": "02/06/2023", "REC": "X1"},
            {"DECOM": "01/01/2024", "RNE": "S", "LS": "C2"},
        ],
    ),
    "left care before the year": (
        False,
        [{"DECOM": "01/01/2024", "RNE": "S", "LS": "C2", "DEC": "31/03/2025", "REC": "E8"}],
    ),
    "no episodes": (False, []),
}


def cohort_extract(**oc2: str) -> Extract:
    names = list(COHORT_CASES)
    return extract(
        2026,
        Episodes=[
            {"CHILD": str(i), **row}
            for i, name in enumerate(names)
            for row in COHORT_CASES[name][1]
        ],
        OC2=[{"CHILD": str(i), **oc2} for i in range(len(names))],
    )


def outside_rows() -> list[int]:
    return [i + 1 for i, (inside, _) in enumerate(COHORT_CASES.values()) if not inside]


def test_an_sdq_score_is_flagged_for_every_child_outside_the_oc2_cohort() -> None:
    assert flagged("185", cohort_extract(SDQ_SCORE="12")) == {"OC2": outside_rows()}


def test_no_sdq_score_finds_nothing() -> None:
    assert flagged("185", cohort_extract(SDQ_REASON="SDQ2")) == {}


def test_without_an_episodes_table_nothing_is_flagged() -> None:
    assert flagged("185", extract(2026, OC2=[{"CHILD": "1", "SDQ_SCORE": "12"}])) == {}
