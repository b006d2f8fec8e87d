from tests.interop.ssda903.support import extract, flagged


def test_decision_dates_must_not_be_after_the_year_or_after_care_ended() -> None:
    episodes = [
        {"CHILD": "C", "DECOM": "01/05/2025", "DEC": "10/10/2025", "REC": "E13"},
        {"CHILD": "D", "DECOM": "01/05/2025", "DEC": "10/10/2025", "REC": "E13"},
        {"CHILD": "E", "DECOM": "01/04/2025", "DEC": "01/06/2025", "REC": "E13"},
        {"CHILD": "E", "DECOM": "01/12/2025", "DEC": "05/12/2025", "REC": "X1"},
        {"CHILD": "F", "DECOM": "01/05/2025", "DEC": None, "REC": None},
        {"CHILD": "B", "DECOM": "01/05/2025", "DEC": None, "REC": None},
    ]
    decisions = [
        {"CHILD": "A", "DATE_PLACED": "31/03/2026"},  # last day of the year
        {"CHILD": "B", "DATE_PLACED": "01/04/2026"},  # the day after the year
        {"CHILD": "C", "DATE_PLACED_CEASED": "11/10/2025"},  # the day after care ended
        {"CHILD": "D", "DATE_PLACED_CEASED": "10/10/2025"},  # the day care ended
        {"CHILD": "E", "DATE_PLACED": "01/07/2025"},  # after the last episode not ending X1
        {"CHILD": "F", "DATE_PLACED": "01/07/2025"},  # still in care
        {"CHILD": "G", "DATE_PLACED": "02/04/2026"},  # no episodes
    ]
    x = extract(Episodes=episodes, PlacedAdoption=decisions)
    assert flagged("117", x) == {"Episodes": [1, 3, 6], "PlacedAdoption": [2, 3, 5, 7]}


def test_decisions_within_the_year_and_care_pass() -> None:
    x = extract(
        Episodes=[{"CHILD": "A", "DECOM": "01/05/2025", "DEC": "01/03/2026", "REC": "E11"}],
        PlacedAdoption=[{"CHILD": "A", "DATE_PLACED": "01/06/2025"}],
    )
    assert flagged("117", x) == {}
