from tests.interop.ssda903.support import extract, flagged


def test_date_matched_with_adopters_must_be_a_real_date_when_given() -> None:
    dates = ["03/11/2025", "31/04/2025", "3rd Nov 2025", None, "3/11/2025"]
    x = extract(AD1=[{"CHILD": str(i), "DATE_MATCH": d} for i, d in enumerate(dates)])
    assert flagged("113", x) == {"AD1": [2, 3]}
