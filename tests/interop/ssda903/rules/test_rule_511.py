from tests.interop.ssda903.support import extract, flagged


def test_two_adopters_must_not_have_a_single_adopter_sex_code() -> None:
    rows = [
        {"CHILD": "1", "NB_ADOPTR": "2", "SEX_ADOPTR": "MF"},
        {"CHILD": "2", "NB_ADOPTR": "2", "SEX_ADOPTR": "F1"},
        {"CHILD": "3", "NB_ADOPTR": "2", "SEX_ADOPTR": "M1"},
        {"CHILD": "4", "NB_ADOPTR": "1", "SEX_ADOPTR": "M1"},
        {"CHILD": "5", "NB_ADOPTR": "2", "SEX_ADOPTR": None},
        {"CHILD": "6", "NB_ADOPTR": None, "SEX_ADOPTR": "F1"},
    ]
    assert flagged("511", extract(AD1=rows)) == {"AD1": [2, 3]}
