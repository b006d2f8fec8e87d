from tests.interop.ssda903.support import extract, flagged


def test_an_impossible_date_of_birth_of_the_mothers_child_is_flagged() -> None:
    dates = ["01/01/2024", "31/04/2024", "01/01/24", None, "first of may"]
    x = extract(Header=[{"CHILD": str(i), "MC_DOB": d} for i, d in enumerate(dates)])
    assert flagged("171", x) == {"Header": [2, 3, 5]}
