from tests.interop.ssda903.support import extract, flagged


def test_decision_must_not_be_reversed_before_it_was_made() -> None:
    rows = [
        {"CHILD": "1", "DATE_PLACED": "10/06/2025", "DATE_PLACED_CEASED": "09/06/2025"},
        {"CHILD": "2", "DATE_PLACED": "10/06/2025", "DATE_PLACED_CEASED": "10/06/2025"},
        {"CHILD": "3", "DATE_PLACED": "10/06/2025", "DATE_PLACED_CEASED": "11/06/2025"},
        {"CHILD": "4", "DATE_PLACED": None, "DATE_PLACED_CEASED": "11/06/2025"},
        {"CHILD": "5", "DATE_PLACED": "10/06/2025", "DATE_PLACED_CEASED": "bad"},
    ]
    assert flagged("522", extract(PlacedAdoption=rows)) == {"PlacedAdoption": [1]}
