from tests.interop.ssda903.support import extract, flagged


def test_a_missing_period_must_end_when_its_placement_has_ended() -> None:
    episodes = [
        {"CHILD": "A", "DECOM": "01/05/2025", "DEC": "10/05/2025"},
        {"CHILD": "B", "DECOM": "01/05/2025", "DEC": None},
        {"CHILD": "C", "DECOM": "01/05/2025", "DEC": "10/05/2025"},
    ]
    missing = [
        {"CHILD": "A", "MIS_START": "10/05/2025", "MIS_END": None},  # the day it ended
        {"CHILD": "A", "MIS_START": "11/05/2025", "MIS_END": None},  # after it ended
        {"CHILD": "A", "MIS_START": "01/05/2025", "MIS_END": "05/05/2025"},
        {"CHILD": "B", "MIS_START": "05/05/2025", "MIS_END": None},  # still placed
        {"CHILD": "C", "MIS_START": "30/04/2025", "MIS_END": None},  # before it began
        {"CHILD": "C", "MIS_START": "01/05/2025", "MIS_END": None},  # the day it began
    ]
    x = extract(Episodes=episodes, Missing=missing)
    assert flagged("575", x) == {"Missing": [1, 6]}


def test_a_period_within_two_ended_episodes_is_named_once() -> None:
    episodes = [
        {"CHILD": "A", "DECOM": "01/05/2025", "DEC": "10/05/2025"},
        {"CHILD": "A", "DECOM": "10/05/2025", "DEC": "20/05/2025"},
    ]
    missing = [{"CHILD": "A", "MIS_START": "10/05/2025"}]
    x = extract(Episodes=episodes, Missing=missing)
    assert flagged("575", x) == {"Missing": [1]}
