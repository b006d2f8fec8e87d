from tests.interop.ssda903.support import extract, flagged


def test_a_first_episode_in_the_year_without_rne_s_is_flagged() -> None:
    x = extract(
        2026,
        Episodes=[
            {"CHILD": "1", "DECOM": "01/04/2025", "RNE": "P"},  # first day of the year
            {"CHILD": "2", "DECOM": "01/06/2025", "RNE": "L"},
            {"CHILD": "2", "DECOM": "01/05/2025", "RNE": None},  # the first one
            {"CHILD": "3", "DECOM": "01/05/2025", "RNE": "S"},
            {"CHILD": "3", "DECOM": "01/06/2025", "RNE": "P"},
        ],
    )
    assert flagged("357", x) == {"Episodes": [1, 3]}


def test_a_first_episode_before_the_year_may_continue_earlier_care() -> None:
    x = extract(2026, Episodes=[{"CHILD": "1", "DECOM": "31/03/2025", "RNE": "P"}])
    assert flagged("357", x) == {}
