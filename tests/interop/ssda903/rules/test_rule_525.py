from tests.interop.ssda903.support import extract, flagged


def test_a_reversed_decision_rules_out_adoption_data() -> None:
    decisions = [
        {"CHILD": "A", "DATE_PLACED_CEASED": "01/02/2026"},
        {"CHILD": "B", "DATE_PLACED_CEASED": None},
        {"CHILD": "C", "DATE_PLACED_CEASED": "01/02/2026"},
        {"CHILD": "D", "DATE_PLACED_CEASED": "bad"},
    ]
    ad1 = [
        {"CHILD": "A", "LS_ADOPTR": "L0"},
        {"CHILD": "B", "DATE_INT": "01/01/2026"},
        {"CHILD": "C"},
        {"CHILD": "D", "FOSTER_CARE": "1"},
    ]
    x = extract(PlacedAdoption=decisions, AD1=ad1)
    assert flagged("525", x) == {"AD1": [1, 4], "PlacedAdoption": [1, 4]}
