from tests.interop.ssda903.support import extract, flagged


def test_decision_dates_in_placed_adoption_and_ad1_must_agree() -> None:
    decisions = [
        {"CHILD": "A", "DATE_PLACED": "01/05/2025"},
        {"CHILD": "B", "DATE_PLACED": "01/05/2025"},
        {"CHILD": "C", "DATE_PLACED": "bad"},
        {"CHILD": "D", "DATE_PLACED": "01/05/2025"},
    ]
    ad1 = [
        {"CHILD": "A", "DATE_INT": "01/05/2025"},
        {"CHILD": "B", "DATE_INT": "02/05/2025"},
        {"CHILD": "C", "DATE_INT": "01/05/2025"},
        {"CHILD": "E", "DATE_INT": "01/05/2025"},
        {"CHILD": "D", "DATE_INT": None},
    ]
    x = extract(PlacedAdoption=decisions, AD1=ad1)
    assert flagged("523", x) == {"AD1": [2], "PlacedAdoption": [2]}
