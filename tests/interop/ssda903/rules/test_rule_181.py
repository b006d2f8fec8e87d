import pytest

from tests.interop.ssda903.support import extract, flagged

ITEMS = [
    "CONVICTED",
    "HEALTH_CHECK",
    "IMMUNISATIONS",
    "TEETH_CHECK",
    "HEALTH_ASSESSMENT",
    "SUBSTANCE_MISUSE",
    "INTERVENTION_RECEIVED",
    "INTERVENTION_OFFERED",
]


@pytest.mark.parametrize("item", ITEMS)
def test_each_oc2_item_must_be_0_or_1_or_blank(item: str) -> None:
    values = ["0", "1", None, "2", "Y"]
    x = extract(OC2=[{"CHILD": str(i), item: v} for i, v in enumerate(values)])
    assert flagged("181", x) == {"OC2": [4, 5]}
