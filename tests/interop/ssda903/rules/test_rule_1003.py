from tests.interop.ssda903.support import extract, flagged


def test_decision_must_not_be_before_care_first_started() -> None:
    episodes = [
        {"CHILD": "A", "DECOM": "01/05/2025", "RNE": "S"},
        {"CHILD": "A", "DECOM": "01/09/2025", "RNE": "S"},
        {"CHILD": "B", "DECOM": "01/05/2025", "RNE": "P"},
        {"CHILD": "C", "DECOM": "01/05/2025", "RNE": "S"},
    ]
    decisions = [
        {"CHILD": "A", "DATE_PLACED": "30/04/2025"},  # the day before care started
        {"CHILD": "A", "DATE_PLACED": "01/05/2025"},  # the day care started
        {"CHILD": "B", "DATE_PLACED": "01/01/2020"},  # no start of care this year
        {"CHILD": "C", "DATE_PLACED": "bad"},
    ]
    x = extract(Episodes=episodes, PlacedAdoption=decisions)
    assert flagged("1003", x) == {"Episodes": [1], "PlacedAdoption": [1]}
