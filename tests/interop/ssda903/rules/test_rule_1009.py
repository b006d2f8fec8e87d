from tests.interop.ssda903.support import extract, flagged


def test_reason_for_placement_change_must_be_a_903_code_when_given() -> None:
    reasons = ["CARPL", "CUSTOD", "OTHER", "NA", "OTHERS", None]
    rows = [{"CHILD": str(i), "REASON_PLACE_CHANGE": r} for i, r in enumerate(reasons)]
    assert flagged("1009", extract(Episodes=rows)) == {"Episodes": [4, 5]}
