from tests.interop.ssda903.support import extract, flagged


def test_a_temporary_placement_cannot_end_the_period_of_care() -> None:
    rows = [
        {"CHILD": "1", "PLACE": "T3", "REC": "X1"},
        {"CHILD": "2", "PLACE": "T0", "REC": "E8"},
        {"CHILD": "3", "PLACE": "T2", "REC": None},
        {"CHILD": "4", "PLACE": "U2", "REC": "E8"},
    ]
    assert flagged("381", extract(Episodes=rows)) == {"Episodes": [2]}
