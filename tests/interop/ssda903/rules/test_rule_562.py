from tests.interop.ssda903.support import extract, flagged


def test_a_first_episode_before_the_year_missing_from_last_year_is_flagged() -> None:
    last = extract(
        2025,
        Episodes=[
            {"CHILD": "1", "DECOM": "01/06/2024"},
            {"CHILD": "1", "DECOM": "01/02/2025"},
            {"CHILD": "2", "DECOM": "01/01/2025"},
            {"CHILD": "2", "DECOM": "10/03/2025"},
        ],
    )
    x = extract(
        2026,
        previous=last,
        Episodes=[
            {"CHILD": "1", "DECOM": "01/02/2025"},  # last year's latest
            {"CHILD": "1", "DECOM": "01/06/2025"},
            {"CHILD": "2", "DECOM": "01/01/2025"},  # not last year's latest
            {"CHILD": "3", "DECOM": "31/03/2025"},  # not in last year's file
            {"CHILD": "4", "DECOM": "01/04/2025"},  # starts in the year
        ],
    )
    assert flagged("562", x) == {"Episodes": [3, 4]}


def test_nothing_is_flagged_when_last_year_has_no_episodes_table() -> None:
    last = extract(2025, Header=[{"CHILD": "1"}])
    x = extract(2026, previous=last, Episodes=[{"CHILD": "1", "DECOM": "01/02/2025"}])
    assert flagged("562", x) == {}
