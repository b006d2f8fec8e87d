from tests.interop.ssda903.support import extract, flagged


def test_reason_decision_was_reversed_must_be_rd1_to_rd4_when_given() -> None:
    values = ["RD1", "RD2", "RD3", "RD4", "RD5", "RD", "rd2", None]
    rows = [{"CHILD": str(i), "REASON_PLACED_CEASED": v} for i, v in enumerate(values)]
    x = extract(PlacedAdoption=rows)
    assert flagged("120", x) == {"PlacedAdoption": [5, 6]}
