from tests.interop.ssda903.support import extract, flagged


def test_a_period_after_one_still_open_is_flagged() -> None:
    x = extract(Missing=[
        {"CHILD": "1", "MIS_START": "02/05/2025", "MIS_END": None},
        {"CHILD": "1", "MIS_START": "01/06/2025", "MIS_END": "03/06/2025"},
    ])  # fmt: skip
    assert flagged("574", x) == {"Missing": [2]}


def test_overlapping_periods_are_flagged_but_touching_ones_are_not() -> None:
    x = extract(Missing=[
        {"CHILD": "1", "MIS_START": "01/05/2025", "MIS_END": "05/05/2025"},
        {"CHILD": "1", "MIS_START": "05/05/2025", "MIS_END": "07/05/2025"},  # touches
        {"CHILD": "2", "MIS_START": "01/05/2025", "MIS_END": "05/05/2025"},
        {"CHILD": "2", "MIS_START": "04/05/2025", "MIS_END": "09/05/2025"},  # overlaps
        {"CHILD": "3", "MIS_START": "10/05/2025", "MIS_END": "12/05/2025"},
        {"CHILD": "3", "MIS_START": "01/05/2025", "MIS_END": "03/05/2025"},  # earlier: fine
        {"CHILD": "4", "MIS_START": "01/05/2025", "MIS_END": "05/05/2025"},
    ])  # fmt: skip
    assert flagged("574", x) == {"Missing": [4]}


def test_periods_of_different_children_are_not_compared() -> None:
    x = extract(Missing=[
        {"CHILD": "1", "MIS_START": "01/05/2025", "MIS_END": None},
        {"CHILD": "2", "MIS_START": "02/05/2025", "MIS_END": "03/05/2025"},
    ])  # fmt: skip
    assert flagged("574", x) == {}
