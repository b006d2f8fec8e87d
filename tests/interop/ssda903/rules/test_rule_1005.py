from tests.interop.ssda903.support import extract, flagged


def test_an_impossible_missing_end_date_is_flagged_but_a_blank_one_is_not() -> None:
    ends = ["01/05/2025", None, "31/04/2025", "01/05/25"]
    x = extract(Missing=[{"CHILD": "1", "MIS_END": e} for e in ends])
    assert flagged("1005", x) == {"Missing": [3, 4]}
