from tests.interop.ssda903.support import extract, flagged


def test_an_sgo_to_former_foster_carers_must_end_a_foster_placement() -> None:
    rows = [
        {"CHILD": "1", "REC": "E45", "PLACE": "U1"},
        {"CHILD": "2", "REC": "E46", "PLACE": "U6"},
        {"CHILD": "3", "REC": "E45", "PLACE": "K2"},
        {"CHILD": "4", "REC": "E46", "PLACE": None},
        {"CHILD": "5", "REC": "E47", "PLACE": "K2"},
    ]
    assert flagged("516", extract(Episodes=rows)) == {"Episodes": [3, 4]}
