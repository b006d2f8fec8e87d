from tests.interop.ssda903.support import extract, flagged

EPISODES = [
    {"CHILD": "1", "DECOM": "01/04/2025", "DEC": "01/06/2025"},  # care ended
    {"CHILD": "2", "DECOM": "01/04/2025", "DEC": None},  # still in care
    {"CHILD": "3", "DECOM": "01/01/2025", "DEC": "01/02/2025"},  # two periods of care
    {"CHILD": "3", "DECOM": "01/05/2025", "DEC": None},
]


def test_an_open_missing_period_after_care_ended_is_flagged() -> None:
    x = extract(Episodes=EPISODES, Missing=[
        {"CHILD": "1", "MIS_START": "10/05/2025", "MIS_END": None},
        {"CHILD": "1", "MIS_START": "10/05/2025", "MIS_END": "12/05/2025"},
        {"CHILD": "2", "MIS_START": "10/05/2025", "MIS_END": None},
    ])  # fmt: skip
    assert flagged("577", x) == {"Missing": [1]}


def test_a_missing_period_is_checked_against_each_period_of_care() -> None:
    x = extract(Episodes=EPISODES, Missing=[
        {"CHILD": "3", "MIS_START": "10/05/2025", "MIS_END": None},  # in the open one
        {"CHILD": "3", "MIS_START": "10/01/2025", "MIS_END": "20/01/2025"},  # in the first
        {"CHILD": "3", "MIS_START": "10/01/2025", "MIS_END": "20/02/2025"},  # ends after it
        {"CHILD": "2", "MIS_START": "10/03/2025", "MIS_END": None},  # before care began
        {"CHILD": "2", "MIS_START": "10/03/2025", "MIS_END": "31/03/2025"},  # ends before
        {"CHILD": "2", "MIS_START": None, "MIS_END": None},  # no start: not checked
        {"CHILD": "9", "MIS_START": "10/05/2025", "MIS_END": None},  # no episodes
    ])  # fmt: skip
    assert flagged("577", x) == {"Missing": [3, 4, 5]}
