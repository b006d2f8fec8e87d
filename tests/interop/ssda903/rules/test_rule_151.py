from tests.interop.ssda903.support import extract, flagged

COMPLETE = {
    "DATE_INT": "01/05/2025",
    "DATE_MATCH": "01/08/2025",
    "FOSTER_CARE": "0",
    "NB_ADOPTR": "2",
    "SEX_ADOPTR": "MF",
    "LS_ADOPTR": "L11",
}


def test_adoption_items_must_be_all_given_or_all_blank() -> None:
    rows = [
        {"CHILD": "1", **COMPLETE},
        {"CHILD": "2"},
        {"CHILD": "3", **COMPLETE, "LS_ADOPTR": None},
        {"CHILD": "4", "FOSTER_CARE": "1"},
        {"CHILD": "5", **COMPLETE, "DATE_MATCH": None},
    ]
    assert flagged("151", extract(AD1=rows)) == {"AD1": [3, 4, 5]}


def test_an_invalid_date_counts_as_given() -> None:
    rows = [{"CHILD": "1", **COMPLETE, "DATE_INT": "not a date"}]
    assert flagged("151", extract(AD1=rows)) == {}
