from tests.interop.ssda903.support import extract, flagged


def test_placement_with_parents_cannot_be_under_a_single_s20_period() -> None:
    rows = [
        {"CHILD": "1", "PLACE": "P1", "LS": "V2"},
        {"CHILD": "2", "PLACE": "P1", "LS": "C2"},
        {"CHILD": "3", "PLACE": "U1", "LS": "V2"},
        {"CHILD": "4", "PLACE": "P1", "LS": None},
    ]
    assert flagged("378", extract(Episodes=rows)) == {"Episodes": [1]}
