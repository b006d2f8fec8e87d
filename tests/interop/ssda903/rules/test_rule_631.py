from tests.interop.ssda903.support import extract, flagged


def test_previous_permanence_option_must_be_a_903_code_when_given() -> None:
    values = ["P1", "P2", "P3", "P4", "Z1", "P0", "P5", "Z", None]
    x = extract(PrevPerm=[{"CHILD": str(i), "PREV_PERM": v} for i, v in enumerate(values)])
    assert flagged("631", x) == {"PrevPerm": [6, 7, 8]}
