from tests.interop.ssda903.support import extract, flagged


def test_a_short_break_cannot_be_a_temporary_placement() -> None:
    rows = [
        {"CHILD": "1", "LS": "V3", "PLACE": "T0"},
        {"CHILD": "2", "LS": "V4", "PLACE": "T4"},
        {"CHILD": "3", "LS": "V3", "PLACE": "U1"},
        {"CHILD": "4", "LS": "C2", "PLACE": "T1"},
    ]
    assert flagged("382", extract(Episodes=rows)) == {"Episodes": [1, 2]}
