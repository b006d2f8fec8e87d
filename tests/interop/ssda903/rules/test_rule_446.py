from tests.interop.ssda903.support import extract, flagged


def test_a_placement_order_before_december_2005_is_flagged() -> None:
    rows = [("30/11/2005", "E1"), ("01/12/2005", "E1"), ("30/11/2005", "C2"), (None, "E1")]
    x = extract(Episodes=[{"CHILD": "1", "DECOM": d, "LS": ls} for d, ls in rows])
    assert flagged("446", x) == {"Episodes": [1]}
