from tests.interop.ssda903.support import extract, flagged

COMPLETE = {
    "IMMUNISATIONS": "1",
    "TEETH_CHECK": "1",
    "HEALTH_ASSESSMENT": "1",
    "SUBSTANCE_MISUSE": "0",
}
IN_CARE = {"RNE": "P", "LS": "C2"}


def test_children_in_the_cohort_need_complete_oc2_records() -> None:
    x = extract(
        2026,
        Episodes=[
            {"CHILD": "1", "DECOM": "01/01/2020", **IN_CARE},
            {"CHILD": "2", "DECOM": "01/01/2020", **IN_CARE},
            {"CHILD": "3", "DECOM": "01/06/2025", "RNE": "S", "LS": "C2"},  # not in the cohort
            {"CHILD": "4", "DECOM": "05/05/2022", "DEC": "01/01/2023", "REC": "X1", **IN_CARE},
            {"CHILD": "4", "DECOM": "03/03/2021", "DEC": "05/05/2022", "REC": "X1", **IN_CARE},
            {"CHILD": "4", "DECOM": "01/01/2023", **IN_CARE},
        ],
        OC2=[
            {"CHILD": "1", **COMPLETE},
            {"CHILD": "2", **COMPLETE, "TEETH_CHECK": None},  # flagged
            {"CHILD": "3"},
        ],
    )
    # Child 4 has no OC2 record: flagged on their earliest episode.
    assert flagged("191", x) == {"Episodes": [5], "OC2": [2]}


def test_without_an_oc2_table_nothing_is_flagged() -> None:
    x = extract(2026, Episodes=[{"CHILD": "1", "DECOM": "01/01/2020", **IN_CARE}])
    assert flagged("191", x) == {}
