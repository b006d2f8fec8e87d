from tests.interop.ssda903.support import extract, flagged


def test_placement_location_must_be_in_or_out_except_for_short_breaks() -> None:
    rows = [
        {"CHILD": "1", "LS": "C2", "PL_LOCATION": "IN"},
        {"CHILD": "2", "LS": "C2", "PL_LOCATION": "OUT"},
        {"CHILD": "3", "LS": "C2", "PL_LOCATION": None},
        {"CHILD": "4", "LS": "C2", "PL_LOCATION": "XX"},
        {"CHILD": "5", "LS": "V3", "PL_LOCATION": None},
        {"CHILD": "6", "LS": "V4", "PL_LOCATION": None},
    ]
    assert flagged("179", extract(located=True, Episodes=rows)) == {"Episodes": [3, 4]}
