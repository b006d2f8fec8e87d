from tests.interop.ssda903.support import extract, flagged


def test_a_dolo_must_start_after_the_child_was_born() -> None:
    rows = [
        ("01/05/2026", "01/01/2012"),
        ("01/01/2012", "01/01/2012"),
        ("31/12/2011", "01/01/2012"),
        ("01/05/2026", None),
    ]
    x = extract(2027, DoLo=[{"CHILD": "1", "DOLO_START": s, "DOB": b} for s, b in rows])
    assert flagged("708", x) == {"DoLo": [2, 3]}
