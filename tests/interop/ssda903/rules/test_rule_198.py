from tests.interop.ssda903.rules.test_rule_185 import cohort_extract, outside_rows
from tests.interop.ssda903.support import extract, flagged


def test_a_reason_for_no_sdq_is_flagged_for_every_child_outside_the_cohort() -> None:
    assert flagged("198", cohort_extract(SDQ_REASON="SDQ4")) == {"OC2": outside_rows()}


def test_no_reason_finds_nothing() -> None:
    assert flagged("198", cohort_extract(SDQ_SCORE="3")) == {}


def test_without_an_episodes_table_nothing_is_flagged() -> None:
    assert flagged("198", extract(2026, OC2=[{"CHILD": "1", "SDQ_REASON": "SDQ4"}])) == {}
