from tests.interop.ssda903.support import extract, flagged


def test_date_should_be_placed_for_adoption_must_be_a_real_date_when_given() -> None:
    dates = ["14/09/2024", "29/02/2024", "29/02/2025", "2024-09-14", "14/09/24", None]
    x = extract(AD1=[{"CHILD": str(i), "DATE_INT": d} for i, d in enumerate(dates)])
    assert flagged("112", x) == {"AD1": [3, 4, 5]}


def test_a_blank_date_is_not_flagged() -> None:
    x = extract(AD1=[{"CHILD": "1", "DATE_INT": None}])
    assert flagged("112", x) == {}
