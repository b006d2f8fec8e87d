from tests.interop.ssda903.support import extract, flagged


def test_sdq_score_must_be_a_whole_number_from_0_to_40() -> None:
    scores = ["0", "40", "17", "07", "20.0", "41", "-1", "39.5", "abc", None]
    x = extract(OC2=[{"CHILD": str(i), "SDQ_SCORE": s} for i, s in enumerate(scores)])
    assert flagged("180", x) == {"OC2": [6, 7, 8, 9]}
