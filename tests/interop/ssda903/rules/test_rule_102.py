from tests.interop.ssda903.support import extract, flagged


def test_date_of_birth_must_be_a_real_date() -> None:
    dobs = ["01/02/2015", "29/02/2016", "29/02/2015", "2015-02-01", None, "01/01/15", "1/2/2015"]
    x = extract(Header=[{"CHILD": str(i), "DOB": d} for i, d in enumerate(dobs)])
    assert flagged("102", x) == {"Header": [3, 4, 5, 6]}
