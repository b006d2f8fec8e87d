import pytest

from tests.interop.ssda903.rules.test_rule_185 import cohort_extract, outside_rows
from tests.interop.ssda903.support import extract, flagged


@pytest.mark.parametrize("item", ["CONVICTED", "IMMUNISATIONS", "INTERVENTION_OFFERED"])
def test_oc2_items_are_flagged_for_every_child_outside_the_cohort(item: str) -> None:
    assert flagged("190", cohort_extract(**{item: "0"})) == {"OC2": outside_rows()}


def test_blank_oc2_items_or_an_sdq_alone_find_nothing() -> None:
    assert flagged("190", cohort_extract(SDQ_SCORE="10")) == {}


def test_without_an_episodes_table_nothing_is_flagged() -> None:
    assert flagged("190", extract(2026, OC2=[{"CHILD": "1", "CONVICTED": "0"}])) == {}
