from tests.interop.ssda903.support import extract, flagged


def test_decision_to_place_for_adoption_must_not_be_before_birth() -> None:
    header = [{"CHILD": c, "DOB": "10/05/2020"} for c in "ABC"]
    decisions = [
        {"CHILD": "A", "DOB": "10/05/2020", "DATE_PLACED": "09/05/2020"},  # the day before
        {"CHILD": "A", "DOB": "10/05/2020", "DATE_PLACED": "10/05/2020"},  # the day of birth
        {"CHILD": "B", "DOB": None, "DATE_PLACED": "09/05/2020"},  # Header DOB used
        {"CHILD": "C", "DOB": "bad", "DATE_PLACED": "11/05/2020"},
        {"CHILD": "D", "DOB": None, "DATE_PLACED": "01/01/2020"},  # no DOB anywhere
        {"CHILD": "A", "DOB": "10/05/2020", "DATE_PLACED": None},
    ]
    x = extract(Header=header, PlacedAdoption=decisions)
    assert flagged("184", x) == {"PlacedAdoption": [1, 3]}
