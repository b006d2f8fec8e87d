from tests.interop.ssda903.support import extract, flagged


def test_a_child_over_25_at_the_start_of_the_year_is_flagged() -> None:
    # 2025/26 starts 01/04/2025: 25th birthday on or after it is fine.
    dobs = ["31/03/2000", "01/04/2000", "02/04/2000", "01/01/2010", None]
    x = extract(2026, Header=[{"CHILD": str(i), "DOB": d} for i, d in enumerate(dobs)])
    assert flagged("351", x) == {"Header": [1]}
