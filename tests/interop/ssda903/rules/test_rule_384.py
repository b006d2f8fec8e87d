from tests.interop.ssda903.support import extract, flagged


def test_a_short_break_cannot_be_long_term_fostering() -> None:
    rows = [
        {"CHILD": "1", "LS": "V3", "PLACE": "U1"},
        {"CHILD": "2", "LS": "V4", "PLACE": "U4"},
        {"CHILD": "3", "LS": "V4", "PLACE": "U3"},
        {"CHILD": "4", "LS": "C2", "PLACE": "U1"},
    ]
    assert flagged("384", extract(Episodes=rows)) == {"Episodes": [1, 2]}
