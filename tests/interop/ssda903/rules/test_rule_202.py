from tests.interop.ssda903.support import extract, flagged


def test_a_sex_that_changed_since_last_year_is_flagged() -> None:
    last = extract(2025, Header=[
        {"CHILD": "1", "SEX": "M"},
        {"CHILD": "2", "SEX": "M"},
        {"CHILD": "3", "SEX": None},
        {"CHILD": "4", "SEX": "F"},
        {"CHILD": "5", "SEX": None},
    ])  # fmt: skip
    x = extract(2026, previous=last, Header=[
        {"CHILD": "1", "SEX": "M"},
        {"CHILD": "2", "SEX": "F"},
        {"CHILD": "3", "SEX": "F"},  # blank last year
        {"CHILD": "4", "SEX": None},  # blank this year
        {"CHILD": "5", "SEX": None},  # blank in both: the same
        {"CHILD": "6", "SEX": "U"},  # new this year
    ])  # fmt: skip
    assert flagged("202", x) == {"Header": [2, 3, 4]}


def test_children_without_last_years_header_are_not_compared() -> None:
    last = extract(2025, Episodes=[{"CHILD": "1"}])
    x = extract(2026, previous=last, Header=[{"CHILD": "1", "SEX": "M"}])
    assert flagged("202", x) == {}


def test_the_change_from_1_2_to_m_f_in_2024_25_is_not_a_change_of_sex() -> None:
    last = extract(2024, Header=[{"CHILD": "1", "SEX": "1"}, {"CHILD": "2", "SEX": "2"}])
    x = extract(
        2025, previous=last, Header=[{"CHILD": "1", "SEX": "M"}, {"CHILD": "2", "SEX": "M"}]
    )
    assert flagged("202", x) == {"Header": [2]}
