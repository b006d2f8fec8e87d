from tests.interop.ssda903.support import extract, flagged


def test_a_dolo_may_start_on_31_march_but_not_after() -> None:
    starts = ["31/03/2027", "01/04/2027", "01/01/2020", None]
    x = extract(2027, DoLo=[{"CHILD": "1", "DOLO_START": s} for s in starts])
    assert flagged("703", x) == {"DoLo": [2]}
