from tests.interop.ssda903.support import extract, flagged


def test_decisions_to_place_for_adoption_must_not_overlap() -> None:
    decisions = [
        {"CHILD": "A", "DATE_PLACED": "04/06/2025"},  # starts before the earlier one ceased
        {"CHILD": "A", "DATE_PLACED": "01/06/2025", "DATE_PLACED_CEASED": "05/06/2025"},
        {"CHILD": "B", "DATE_PLACED": "03/06/2025", "DATE_PLACED_CEASED": "04/06/2025"},
        {"CHILD": "B", "DATE_PLACED": "04/06/2025"},  # starts the day the earlier one ceased
        {"CHILD": "B", "DATE_PLACED": "07/06/2025", "DATE_PLACED_CEASED": "09/06/2025"},
        {"CHILD": "C", "DATE_PLACED": None, "DATE_PLACED_CEASED": "05/06/2025"},
        {"CHILD": "C", "DATE_PLACED": None, "DATE_PLACED_CEASED": "05/06/2025"},
        {"CHILD": "D", "DATE_PLACED": "01/06/2025", "DATE_PLACED_CEASED": "bad"},
        {"CHILD": "D", "DATE_PLACED": "02/06/2025", "DATE_PLACED_CEASED": "03/06/2025"},
    ]
    x = extract(PlacedAdoption=decisions)
    assert flagged("579", x) == {"PlacedAdoption": [1, 5, 9]}


def test_a_single_open_decision_passes() -> None:
    x = extract(PlacedAdoption=[{"CHILD": "A", "DATE_PLACED": "01/06/2025"}])
    assert flagged("579", x) == {}
