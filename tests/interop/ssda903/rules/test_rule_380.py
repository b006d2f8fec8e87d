from tests.interop.ssda903.support import extract, flagged


def test_a_temporary_placement_must_follow_a_placement_change() -> None:
    rows = [
        {"CHILD": "1", "PLACE": "T0", "RNE": "S"},
        {"CHILD": "2", "PLACE": "T1", "RNE": "P"},
        {"CHILD": "3", "PLACE": "T4", "RNE": "B"},
        {"CHILD": "4", "PLACE": "T2", "RNE": "L"},
        {"CHILD": "5", "PLACE": "T3", "RNE": None},
        {"CHILD": "6", "PLACE": "U1", "RNE": "S"},
    ]
    assert flagged("380", extract(Episodes=rows)) == {"Episodes": [1, 4, 5]}
