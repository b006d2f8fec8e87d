from tests.interop.ssda903.support import extract, flagged


def test_adoption_data_is_flagged_for_a_child_with_care_leaver_data() -> None:
    x = extract(
        OC3=[
            {"CHILD": "1", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"},
            {"CHILD": "2", "ACCOM": "B1"},
            {"CHILD": "3"},  # no care leaver data
        ],
        AD1=[
            {"CHILD": "1", "FOSTER_CARE": "0"},
            {"CHILD": "2", "DATE_INT": "not a date"},  # given, though invalid
            {"CHILD": "3", "NB_ADOPTR": "1"},
            {"CHILD": "4", "SEX_ADOPTR": "MF"},  # not in OC3
            {"CHILD": "1"},  # blank adoption row
        ],
    )
    assert flagged("134", x) == {"AD1": [1, 2]}


def test_adoption_data_alone_passes() -> None:
    x = extract(AD1=[{"CHILD": "1", "DATE_MATCH": "01/05/2025", "LS_ADOPTR": "L0"}])
    assert flagged("134", x) == {}
