from tests.interop.ssda903.support import extract, flagged


def test_a_reason_ceased_that_is_not_a_903_code_is_flagged() -> None:
    reasons = ["X1", "E4A", "E17", "E4", "E43", "E10", None, "e4b"]
    x = extract(Episodes=[{"CHILD": "1", "REC": r} for r in reasons])
    assert flagged("149", x) == {"Episodes": [4, 5, 6]}


def test_valid_reasons_ceased_pass() -> None:
    x = extract(Episodes=[{"CHILD": "1", "REC": r} for r in ["E11", "E12", "E2", "E48", "E9"]])
    assert flagged("149", x) == {}
