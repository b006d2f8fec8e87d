from tests.interop.ssda903.support import extract, flagged


def test_adoption_under_a_placement_order_needs_legal_status_e1() -> None:
    rows = [
        {"CHILD": "1", "PLACE": "A5", "LS": "E1"},
        {"CHILD": "2", "PLACE": "A6", "LS": "C2"},
        {"CHILD": "3", "PLACE": "A5", "LS": None},
        {"CHILD": "4", "PLACE": "A3", "LS": "C2"},
    ]
    assert flagged("408", extract(Episodes=rows)) == {"Episodes": [2, 3]}
