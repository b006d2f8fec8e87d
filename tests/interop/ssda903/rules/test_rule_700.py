from tests.interop.ssda903.support import extract, flagged


def test_the_start_of_a_dolo_must_be_a_valid_date() -> None:
    starts = ["01/05/2026", None, "2026-05-01", "31/04/2026"]
    x = extract(2027, DoLo=[{"CHILD": "1", "DOLO_START": s} for s in starts])
    assert flagged("700", x) == {"DoLo": [2, 3, 4]}
