from tests.interop.ssda903.support import extract, flagged

IN_CARE = {"DECOM": "01/01/2020", "RNE": "S", "LS": "C2"}
NEW = {"DECOM": "01/07/2025", "RNE": "S", "LS": "C2"}


def test_adoption_and_care_leaver_data_are_flagged_for_the_oc2_cohort() -> None:
    x = extract(
        2026,
        Episodes=[{"CHILD": "1", **IN_CARE}, {"CHILD": "2", **IN_CARE}, {"CHILD": "3", **NEW}],
        AD1=[
            {"CHILD": "1", "DATE_INT": "01/02/2025"},  # in the cohort: flagged
            {"CHILD": "2"},  # blank row: passes
            {"CHILD": "3", "FOSTER_CARE": "1"},  # started care this year: passes
            {"CHILD": "4", "NB_ADOPTR": "1"},  # no episodes: passes
        ],
        OC3=[
            {"CHILD": "2", "IN_TOUCH": "YES"},  # flagged
            {"CHILD": "1"},
            {"CHILD": "3", "ACCOM": "B1"},
        ],
    )
    assert flagged("187", x) == {"AD1": [1], "OC3": [1]}
