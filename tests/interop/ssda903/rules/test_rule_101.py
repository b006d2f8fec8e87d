from tests.interop.ssda903.support import extract, flagged


def test_sex_must_be_m_f_or_u_from_2024_25() -> None:
    sexes = ["M", "F", "U", "1", None]
    x = extract(2026, Header=[{"CHILD": str(i), "SEX": s} for i, s in enumerate(sexes)])
    assert flagged("101", x) == {"Header": [4, 5]}


def test_sex_was_1_or_2_until_2023_24() -> None:
    x = extract(2024, Header=[{"CHILD": "1", "SEX": "1"}, {"CHILD": "2", "SEX": "M"}])
    assert flagged("101", x) == {"Header": [2]}
