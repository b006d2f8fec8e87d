from tests.interop.ssda903.support import extract, flagged


def test_a_child_in_care_before_the_year_with_no_episodes_last_year_is_flagged() -> None:
    last = extract(2025, Episodes=[{"CHILD": "1", "DECOM": "01/02/2024"}])
    x = extract(
        2026,
        previous=last,
        Episodes=[
            {"CHILD": "1", "DECOM": "01/02/2025"},
            {"CHILD": "2", "DECOM": "31/03/2025"},  # the day before the year
            {"CHILD": "3", "DECOM": "01/04/2025"},  # the first day of the year
            {"CHILD": "4", "DECOM": None},
        ],
    )
    assert flagged("NoE", x) == {"Episodes": [2]}


def test_nothing_is_flagged_when_last_year_has_no_episodes_table() -> None:
    last = extract(2025, Header=[{"CHILD": "9"}])
    x = extract(2026, previous=last, Episodes=[{"CHILD": "1", "DECOM": "01/02/2025"}])
    assert flagged("NoE", x) == {}
