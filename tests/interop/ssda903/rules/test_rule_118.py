from tests.interop.ssda903.support import extract, flagged


def test_reversal_must_not_be_before_the_year_or_before_care_started() -> None:
    episodes = [
        {"CHILD": "A", "DECOM": "01/06/2025", "LS": "C2"},
        {"CHILD": "B", "DECOM": "01/01/2025", "LS": "V3"},  # short breaks do not count
        {"CHILD": "B", "DECOM": "01/07/2025", "LS": "C2"},
        {"CHILD": "C", "DECOM": "01/05/2024", "LS": "C2"},
        {"CHILD": "D", "DECOM": "01/05/2025", "LS": None},
    ]
    decisions = [
        {"CHILD": "A", "DATE_PLACED_CEASED": "31/05/2025"},  # the day before care started
        {"CHILD": "A", "DATE_PLACED_CEASED": "01/06/2025"},  # the day care started
        {"CHILD": "B", "DATE_PLACED_CEASED": "15/06/2025"},
        {"CHILD": "C", "DATE_PLACED_CEASED": "31/03/2025"},  # the day before the year
        {"CHILD": "C", "DATE_PLACED_CEASED": "01/04/2025"},  # the first day of the year
        {"CHILD": "E", "DATE_PLACED_CEASED": "31/03/2025"},  # no episodes
        {"CHILD": "D", "DATE_PLACED_CEASED": "30/04/2025"},
    ]
    x = extract(Episodes=episodes, PlacedAdoption=decisions)
    assert flagged("118", x) == {"Episodes": [1, 3, 4, 5], "PlacedAdoption": [1, 3, 4, 6, 7]}


def test_an_open_decision_is_not_checked() -> None:
    x = extract(
        Episodes=[{"CHILD": "A", "DECOM": "01/06/2025", "LS": "C2"}],
        PlacedAdoption=[{"CHILD": "A", "DATE_PLACED": "01/01/2020"}],
    )
    assert flagged("118", x) == {}
