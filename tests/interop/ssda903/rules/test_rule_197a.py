from tests.interop.ssda903.support import extract, flagged


def test_no_reason_for_no_score_when_there_is_a_score() -> None:
    rows = [("12", "SDQ2"), ("12", None), (None, "SDQ2"), (None, None), ("0", "SDQ1")]
    x = extract(
        OC2=[{"CHILD": str(i), "SDQ_SCORE": s, "SDQ_REASON": r} for i, (s, r) in enumerate(rows)]
    )
    assert flagged("197a", x) == {"OC2": [1, 5]}
