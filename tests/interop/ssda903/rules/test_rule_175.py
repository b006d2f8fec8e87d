from tests.interop.ssda903.support import extract, flagged


def test_number_of_adopters_must_be_1_or_2_when_given() -> None:
    values = ["1", "2", "0", "3", None]
    x = extract(AD1=[{"CHILD": str(i), "NB_ADOPTR": v} for i, v in enumerate(values)])
    assert flagged("175", x) == {"AD1": [3, 4]}
