from tests.interop.ssda903.support import extract, flagged


def test_a_dolo_must_end_within_the_collection_year() -> None:
    ends = ["31/03/2026", "01/04/2026", "31/03/2027", "01/04/2027", None]
    x = extract(
        2027, DoLo=[{"CHILD": "1", "DOLO_START": "01/01/2026", "DOLO_END": e} for e in ends]
    )
    assert flagged("704", x) == {"DoLo": [1, 4]}
