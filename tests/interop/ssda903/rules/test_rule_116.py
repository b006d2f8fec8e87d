from tests.interop.ssda903.support import extract, flagged


def test_date_decision_was_reversed_must_be_a_real_date_when_given() -> None:
    dates = [None, "12/12/2025", "12.12.2025", "ZZ/12/2025"]
    rows = [{"CHILD": str(i), "DATE_PLACED_CEASED": d} for i, d in enumerate(dates)]
    x = extract(PlacedAdoption=rows)
    assert flagged("116", x) == {"PlacedAdoption": [3, 4]}
