from tests.interop.ssda903.support import extract, flagged


def test_adopted_by_foster_carers_must_be_0_or_1_when_given() -> None:
    values = ["0", "1", "2", "Y", None]
    x = extract(AD1=[{"CHILD": str(i), "FOSTER_CARE": v} for i, v in enumerate(values)])
    assert flagged("114", x) == {"AD1": [3, 4]}
