from tests.interop.ssda903.support import extract, flagged


def test_sdq_reason_must_be_sdq1_to_sdq5_when_given() -> None:
    reasons = ["SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5", None, "SDQ6", "sdq1", "1"]
    x = extract(OC2=[{"CHILD": str(i), "SDQ_REASON": r} for i, r in enumerate(reasons)])
    # Codes are read in upper case, so "sdq1" is SDQ1.
    assert flagged("196", x) == {"OC2": [7, 9]}
