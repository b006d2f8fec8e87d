from tests.interop.ssda903.support import extract, flagged


def test_an_impossible_date_uasc_ceased_is_flagged_but_a_blank_one_is_not() -> None:
    ducs = ["15/06/2025", "31/02/2026", "2025-06-15", None, "15/6/25"]
    x = extract(2026, UASC=[{"CHILD": str(i), "DUC": d} for i, d in enumerate(ducs)])
    assert flagged("104", x) == {"UASC": [2, 3, 5]}


def test_a_date_uasc_ceased_before_the_collection_year_is_flagged() -> None:
    ducs = ["31/03/2025", "01/04/2025", "31/03/2026", "01/01/2030"]
    x = extract(2026, UASC=[{"CHILD": str(i), "DUC": d} for i, d in enumerate(ducs)])
    assert flagged("104", x) == {"UASC": [1]}
