from tests.interop.ssda903.support import extract, flagged


def test_a_child_must_appear_at_most_once() -> None:
    children = ["A", "B", "A", "C", None, None]
    x = extract(PrevPerm=[{"CHILD": c} for c in children])
    assert flagged("INT35", x) == {"PrevPerm": [1, 3]}
