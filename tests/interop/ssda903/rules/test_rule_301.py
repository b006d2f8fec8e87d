from tests.interop.ssda903.support import extract, flagged


def test_a_date_of_birth_after_the_year_ends_is_flagged() -> None:
    dobs = ["30/03/2026", "31/03/2026", "01/04/2026", None, "32/01/2026"]
    x = extract(2026, Header=[{"CHILD": str(i), "DOB": d} for i, d in enumerate(dobs)])
    assert flagged("301", x) == {"Header": [3]}
