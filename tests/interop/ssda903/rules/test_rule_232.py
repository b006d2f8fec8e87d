from tests.interop.ssda903.support import extract, flagged


def test_an_unknown_sex_is_queried() -> None:
    sexes = ["M", "F", "U", "u", None]
    x = extract(2026, Header=[{"CHILD": str(i), "SEX": s} for i, s in enumerate(sexes)])
    assert flagged("232", x) == {"Header": [3, 4]}
