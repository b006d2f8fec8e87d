from tests.interop.ssda903.support import extract, flagged


def _sw(child: str, start: str | None, end: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "SW_DECOM": start, "SW_DEC": end}


def test_only_the_latest_episode_may_have_a_blank_end_date() -> None:
    rows = [
        _sw("1", "01/04/2023", "01/10/2023"),
        _sw("1", "02/10/2023", None),  # latest: fine
        _sw("2", "01/04/2023", None),  # not the latest: flagged
        _sw("2", "02/10/2023", None),
        _sw("3", "01/04/2023", None),  # only episode
    ]
    assert flagged("SW14STG2", extract(2024, SWEpisodes=rows)) == {"SWEpisodes": [3]}


def test_the_latest_is_by_start_date_with_unknown_starts_last() -> None:
    rows = [
        _sw("1", "02/10/2023", None),  # flagged: an episode of unknown start sorts after it
        _sw("1", "01/04/2023", "01/10/2023"),
        _sw("1", None, None),
    ]
    assert flagged("SW14STG2", extract(2024, SWEpisodes=rows)) == {"SWEpisodes": [1]}


def test_an_invalid_end_date_is_not_blank() -> None:
    rows = [_sw("1", "01/04/2023", "31/02/2024"), _sw("1", "02/10/2023", None)]
    assert flagged("SW14STG2", extract(2024, SWEpisodes=rows)) == {}
