from tests.interop.ssda903.support import extract, flagged


def test_a_missing_type_other_than_m_or_a_is_flagged() -> None:
    types = ["M", "A", None, "AWAY", "m", "N"]
    x = extract(Missing=[{"CHILD": "1", "MISSING": t} for t in types])
    assert flagged("1006", x) == {"Missing": [4, 6]}, "codes are read in upper case: m is M"
