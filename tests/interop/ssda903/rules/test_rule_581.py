from tests.interop.ssda903.support import extract, flagged


def test_a_child_cannot_be_missing_outside_their_periods_of_care() -> None:
    episodes = [
        {"CHILD": "A", "DECOM": "01/05/2025", "DEC": "10/05/2025"},
        {"CHILD": "A", "DECOM": "20/05/2025", "DEC": None},
        {"CHILD": "B", "DECOM": "01/05/2025", "DEC": "10/05/2025"},
    ]
    missing = [
        {"CHILD": "A", "MIS_START": "01/05/2025"},  # the day care started
        {"CHILD": "A", "MIS_START": "10/05/2025"},  # the day the episode ended
        {"CHILD": "A", "MIS_START": "15/05/2025"},  # between episodes
        {"CHILD": "A", "MIS_START": "01/01/2026"},  # during the open episode
        {"CHILD": "B", "MIS_START": "11/05/2025"},  # the day after care ended
        {"CHILD": "B", "MIS_START": "30/04/2025"},  # the day before care started
        {"CHILD": "C", "MIS_START": "01/05/2025"},  # no episodes
        {"CHILD": "A", "MIS_START": None},
        {"CHILD": "A", "MIS_START": "bad"},
    ]
    x = extract(Episodes=episodes, Missing=missing)
    assert flagged("581", x) == {"Missing": [3, 5, 6]}
