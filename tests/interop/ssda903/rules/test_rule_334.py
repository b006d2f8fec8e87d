from tests.interop.ssda903.support import extract, flagged


def test_date_should_be_placed_must_not_be_before_the_latest_start_of_care() -> None:
    episodes = [
        {"CHILD": "A", "DECOM": "01/01/2024", "RNE": "S"},
        {"CHILD": "A", "DECOM": "01/02/2025", "RNE": "S"},
        {"CHILD": "A", "DECOM": "01/03/2025", "RNE": "P"},
        {"CHILD": "B", "DECOM": "01/05/2025", "RNE": "P"},
        {"CHILD": "C", "DECOM": "01/05/2025", "RNE": "S"},
    ]
    ad1 = [
        {"CHILD": "A", "DATE_INT": "31/01/2025"},  # the day before the latest start
        {"CHILD": "B", "DATE_INT": "01/01/2020"},  # no start of care this year
        {"CHILD": "C", "DATE_INT": "01/05/2025"},  # the day care started
    ]
    x = extract(Episodes=episodes, AD1=ad1)
    assert flagged("334", x) == {"AD1": [1], "Episodes": [2]}
