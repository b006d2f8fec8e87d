from tests.interop.ssda903.support import extract, flagged


def test_a_upn_reported_twice_is_flagged_on_both_rows() -> None:
    upns = ["A123456789012", "B123456789012", "A123456789012", "UN1", "UN1", None, None]
    x = extract(2026, Header=[{"CHILD": str(i), "UPN": u} for i, u in enumerate(upns)])
    assert flagged("444", x) == {"Header": [1, 3]}


def test_unique_upns_pass() -> None:
    x = extract(2026, Header=[{"CHILD": "1", "UPN": "UN4"}, {"CHILD": "2", "UPN": "UN4"}])
    assert flagged("444", x) == {}
