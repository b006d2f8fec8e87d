from tests.interop.ssda903.support import extract, flagged


def test_a_short_break_must_have_no_council_of_placement() -> None:
    rows = [
        {"CHILD": "1", "LS": "V3", "PL_LA": "E10000014"},
        {"CHILD": "2", "LS": "V4", "PL_LA": "NIR"},
        {"CHILD": "3", "LS": "V3", "PL_LA": None},
        {"CHILD": "4", "LS": "C2", "PL_LA": "E10000014"},
    ]
    assert flagged("420", extract(located=True, Episodes=rows)) == {"Episodes": [1, 2]}
