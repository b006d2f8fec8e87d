from tests.interop.ssda903.support import extract, flagged


def test_care_leavers_must_not_have_oc2_items() -> None:
    x = extract(
        OC3=[
            {"CHILD": "1", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"},
            {"CHILD": "2", "ACCOM": "B1"},
            {"CHILD": "3"},  # no care leaver data
            {"CHILD": "4", "IN_TOUCH": "NO"},
        ],
        OC2=[
            {"CHILD": "4", "SDQ_SCORE": "10"},  # an SDQ is not one of the items
            {"CHILD": "1", "IMMUNISATIONS": "1"},
            {"CHILD": "2", "INTERVENTION_OFFERED": "0"},
            {"CHILD": "3", "CONVICTED": "0"},
        ],
    )
    assert flagged("215", x) == {"OC2": [2, 3], "OC3": [1, 2]}


def test_oc2_items_alone_pass() -> None:
    assert flagged("215", extract(OC2=[{"CHILD": "1", "TEETH_CHECK": "1"}])) == {}
