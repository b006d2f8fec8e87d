from tests.interop.ssda903.support import extract, flagged


def test_accommodation_must_be_a_903_code() -> None:
    values = ["B1", "S2", "X2", "Z2", "0", "S1", "X1", "T", "1", None]
    x = extract(OC3=[{"CHILD": str(i), "ACCOM": v} for i, v in enumerate(values)])
    assert flagged("133", x) == {"OC3": [6, 7, 8, 9, 10]}


def test_a_valid_accommodation_finds_nothing() -> None:
    assert flagged("133", extract(OC3=[{"CHILD": "1", "ACCOM": "T1"}])) == {}
