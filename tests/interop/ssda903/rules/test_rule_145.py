from tests.interop.ssda903.support import extract, flagged


def test_a_category_of_need_that_is_not_n1_to_n8_is_flagged() -> None:
    needs = ["N1", "N8", "N0", "N9", "C1", None, "n3"]
    x = extract(Episodes=[{"CHILD": "1", "CIN": c} for c in needs])
    assert flagged("145", x) == {"Episodes": [3, 4, 5]}


def test_every_category_of_need_passes() -> None:
    x = extract(Episodes=[{"CHILD": "1", "CIN": f"N{i}"} for i in range(1, 9)])
    assert flagged("145", x) == {}
