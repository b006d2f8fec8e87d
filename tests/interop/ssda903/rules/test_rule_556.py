from tests.interop.ssda903.support import Rows, extract, flagged


def test_the_decision_must_not_be_after_the_freeing_order() -> None:
    episodes: Rows = [
        {"CHILD": "A", "DECOM": "15/03/2023", "LS": "D1"},
        {"CHILD": "B", "DECOM": "15/03/2023", "LS": "D1"},
        {"CHILD": "C", "DECOM": "15/03/2023", "LS": "D1"},
        {"CHILD": "D", "DECOM": "15/03/2023", "LS": "C2"},
        {"CHILD": "E", "DECOM": None, "LS": "D1"},
    ]
    decisions: Rows = [
        {"CHILD": "A", "DATE_PLACED": "16/03/2023"},  # the day after
        {"CHILD": "B", "DATE_PLACED": "15/03/2023"},  # the same day
        {"CHILD": "C", "DATE_PLACED": "14/03/2023"},
        {"CHILD": "D", "DATE_PLACED": "16/03/2023"},  # not a freeing order
        {"CHILD": "E", "DATE_PLACED": "16/03/2023"},
    ]
    x = extract(2024, Episodes=episodes, PlacedAdoption=decisions)
    assert flagged("556", x) == {"Episodes": [1]}


def test_any_later_decision_of_the_child_counts() -> None:
    episodes: Rows = [{"CHILD": "A", "DECOM": "15/03/2022", "LS": "D1"}]
    decisions: Rows = [
        {"CHILD": "A", "DATE_PLACED": "01/01/2022"},
        {"CHILD": "A", "DATE_PLACED": "01/01/2023"},
    ]
    x = extract(2023, Episodes=episodes, PlacedAdoption=decisions)
    assert flagged("556", x) == {"Episodes": [1]}
