from tests.interop.ssda903.support import extract, flagged


def test_council_of_placement_is_needed_except_for_short_breaks() -> None:
    rows = [
        {"CHILD": "1", "LS": "C2", "PL_LA": "E10000014"},
        {"CHILD": "2", "LS": "C2", "PL_LA": None},
        {"CHILD": "3", "LS": "V3", "PL_LA": None},
        {"CHILD": "4", "LS": "V4", "PL_LA": None},
        {"CHILD": "5", "LS": None, "PL_LA": None},
    ]
    assert flagged("169", extract(located=True, Episodes=rows)) == {"Episodes": [2, 5]}
