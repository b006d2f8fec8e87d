from tests.interop.ssda903.support import extract, flagged


def _sw(child: str, start: str | None, end: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "SW_DECOM": start, "SW_DEC": end}


def test_an_episode_ended_by_26_march_must_be_followed_within_5_days() -> None:
    rows = [
        _sw("1", "01/04/2023", "01/10/2023"),
        _sw("1", "06/10/2023", None),  # 5 days after: fine
        _sw("2", "01/04/2023", "01/10/2023"),
        _sw("2", "07/10/2023", None),  # 6 days after: flagged
        _sw("3", "01/04/2023", "01/10/2023"),
        _sw("3", "26/09/2023", "30/09/2023"),  # starts 5 days before the one before ended: fine
        _sw("4", "01/04/2023", "10/10/2023"),
        _sw("4", None, None),  # no start date: flagged
    ]
    assert flagged("SW11aSTG2", extract(2024, SWEpisodes=rows)) == {"SWEpisodes": [4, 8]}


def test_only_episodes_ended_at_least_5_days_before_31_march_are_checked() -> None:
    rows = [
        _sw("1", "01/04/2023", "26/03/2024"),
        _sw("1", "01/04/2024", None),  # 6 days after an end on 26 March: flagged
        _sw("2", "01/04/2023", "27/03/2024"),
        _sw("2", "05/04/2024", None),  # rule SW11bSTG2's business
        _sw("3", "01/04/2023", "01/10/2023"),  # last episode: rule SW11bSTG2's business
    ]
    assert flagged("SW11aSTG2", extract(2024, SWEpisodes=rows)) == {"SWEpisodes": [2]}


def test_each_gap_in_a_run_of_episodes_is_checked() -> None:
    rows = [
        _sw("1", "01/04/2023", "20/09/2023"),
        _sw("1", "21/09/2023", "22/09/2023"),
        _sw("1", "29/09/2023", None),  # 7 days after the episode before
    ]
    assert flagged("SW11aSTG2", extract(2024, SWEpisodes=rows)) == {"SWEpisodes": [3]}
