from tests.interop.ssda903.support import extract, flagged


def ep(child: str, start: str | None, end: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "SW_DECOM": start, "SW_DEC": end}


def test_an_open_episode_followed_by_a_later_one_is_flagged() -> None:
    x = extract(
        2026,
        SWEpisodes=[
            ep("1", "01/04/2025", None),  # another starts later
            ep("1", "01/06/2025", None),  # the latest: may be open
            ep("2", "01/04/2025", "01/06/2025"),
            ep("2", "01/06/2025", None),
        ],
    )
    assert flagged("SW08STG2", x) == {"SWEpisodes": [1]}


def test_the_order_is_by_start_date_not_by_row() -> None:
    x = extract(2026, SWEpisodes=[ep("1", "01/09/2025", None), ep("1", "01/05/2025", None)])
    assert flagged("SW08STG2", x) == {"SWEpisodes": [2]}


def test_episodes_with_an_invalid_start_are_left_to_sw04() -> None:
    x = extract(2026, SWEpisodes=[ep("1", "01/05/2025", None), ep("1", "bad", None)])
    assert flagged("SW08STG2", x) == {}
