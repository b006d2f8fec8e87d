from tests.interop.ssda903.support import extract, flagged


def test_an_adoption_must_end_a_placement_for_adoption() -> None:
    rows = [
        {"CHILD": "1", "REC": "E11", "PLACE": "A4"},
        {"CHILD": "2", "REC": "E12", "PLACE": "A6"},
        {"CHILD": "3", "REC": "E11", "PLACE": "U1"},
        {"CHILD": "4", "REC": "E12", "PLACE": None},
        {"CHILD": "5", "REC": "E8", "PLACE": "U1"},
    ]
    assert flagged("390", extract(Episodes=rows)) == {"Episodes": [3, 4]}
