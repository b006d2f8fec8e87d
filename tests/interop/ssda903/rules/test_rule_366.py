from tests.interop.ssda903.support import extract, flagged


def test_a_respite_break_that_is_not_a_new_period_of_care_is_flagged() -> None:
    rows = [("V3", "S"), ("V3", "P"), ("V3", None), ("V4", "T"), ("C2", None)]
    x = extract(Episodes=[{"CHILD": "1", "LS": ls, "RNE": rne} for ls, rne in rows])
    assert flagged("366", x) == {"Episodes": [2, 3]}
