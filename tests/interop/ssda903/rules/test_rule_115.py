from tests.interop.ssda903.support import extract, flagged


def test_date_of_decision_to_place_for_adoption_must_be_a_real_date_when_given() -> None:
    dates = ["07/07/2023", "00/07/2023", "07/13/2023", None]
    rows = [{"CHILD": str(i), "DATE_PLACED": d} for i, d in enumerate(dates)]
    x = extract(PlacedAdoption=rows)
    assert flagged("115", x) == {"PlacedAdoption": [2, 3]}
