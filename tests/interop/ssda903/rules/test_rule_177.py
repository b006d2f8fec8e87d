from tests.interop.ssda903.support import extract, flagged


def test_legal_status_of_adopters_must_be_a_903_code_when_given() -> None:
    values = ["L0", "L11", "L12", "L2", "L3", "L4", "L1", "L13", None]
    x = extract(AD1=[{"CHILD": str(i), "LS_ADOPTR": v} for i, v in enumerate(values)])
    assert flagged("177", x) == {"AD1": [7, 8]}
