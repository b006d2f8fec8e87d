from tests.interop.ssda903.support import extract, flagged


def test_sex_of_adopters_must_be_a_903_code_when_given() -> None:
    values = ["M1", "F1", "MM", "FF", "MF", "FM", "M", "F2", None]
    x = extract(AD1=[{"CHILD": str(i), "SEX_ADOPTR": v} for i, v in enumerate(values)])
    assert flagged("176", x) == {"AD1": [6, 7, 8]}
