from tests.interop.ssda903.support import extract, flagged


def test_a_dolo_must_end_after_the_day_it_started() -> None:
    pairs = [
        ("01/05/2026", "02/05/2026"),
        ("01/05/2026", "01/05/2026"),
        ("01/05/2026", "30/04/2026"),
        ("01/05/2026", None),
        (None, "30/04/2026"),
    ]
    x = extract(2027, DoLo=[{"CHILD": "1", "DOLO_START": s, "DOLO_END": e} for s, e in pairs])
    assert flagged("702", x) == {"DoLo": [2, 3]}
