from tests.interop.ssda903.support import extract, flagged

EPISODES = [
    {"CHILD": "1", "DECOM": "01/04/2025", "DEC": "01/06/2025"},
    {"CHILD": "1", "DECOM": "01/06/2025", "DEC": "01/07/2025"},  # same period of care
    {"CHILD": "2", "DECOM": "01/05/2025", "DEC": None},
    {"CHILD": "3", "DECOM": "01/01/2025", "DEC": "01/02/2025"},
    {"CHILD": "3", "DECOM": "01/05/2025", "DEC": "01/06/2025"},
]


def test_a_missing_period_starting_outside_care_is_flagged() -> None:
    x = extract(Episodes=EPISODES, Missing=[
        {"CHILD": "1", "MIS_START": "01/07/2025"},  # the day care ended
        {"CHILD": "1", "MIS_START": "02/07/2025"},  # the day after
        {"CHILD": "1", "MIS_START": "31/03/2025"},  # the day before care began
        {"CHILD": "2", "MIS_START": "01/01/2026"},  # care still open
        {"CHILD": "2", "MIS_START": "30/04/2025"},
        {"CHILD": "3", "MIS_START": "15/01/2025"},  # in the first period of care
        {"CHILD": "3", "MIS_START": "15/03/2025"},  # between the two
        {"CHILD": "3", "MIS_START": None},
        {"CHILD": "9", "MIS_START": "15/03/2025"},  # no episodes
    ])  # fmt: skip
    assert flagged("578", x) == {"Missing": [2, 3, 5, 7]}
