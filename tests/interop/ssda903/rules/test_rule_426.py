from tests.interop.ssda903.support import extract, flagged


def test_short_breaks_under_both_v3_and_v4_are_flagged() -> None:
    rows = [("1", "V3"), ("1", "V3"), ("2", "V3"), ("2", "V4"), ("2", "C2"), ("3", "V4")]
    x = extract(Episodes=[{"CHILD": c, "LS": ls} for c, ls in rows])
    assert flagged("426", x) == {"Episodes": [3, 4]}
