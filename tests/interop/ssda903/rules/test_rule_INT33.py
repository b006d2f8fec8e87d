from tests.interop.ssda903.support import extract, flagged


def test_a_child_must_appear_once_in_oc2() -> None:
    x = extract(OC2=[{"CHILD": c} for c in ["1", "2", "1", "3", None, None, "1"]])
    assert flagged("INT33", x) == {"OC2": [1, 3, 7]}
