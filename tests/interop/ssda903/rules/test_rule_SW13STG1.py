from tests.interop.ssda903.support import extract, flagged


def ep(child: str, start: str, end: str | None, reason: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "SW_DECOM": start, "SW_DEC": end, "SW_REASON": reason}


def test_the_reason_must_be_a_903_code() -> None:
    x = extract(
        2026,
        SWEpisodes=[
            ep("1", "01/04/2025", "01/06/2025", "MANAGE"),
            ep("1", "01/06/2025", None, "BORED"),
        ],
    )
    assert flagged("SW13STG1", x) == {"SWEpisodes": [2]}


def test_only_the_first_episode_of_the_year_may_have_no_reason() -> None:
    x = extract(
        2026,
        SWEpisodes=[
            ep("1", "01/04/2025", "01/06/2025", None),  # first to start in the year
            ep("1", "01/06/2025", None, None),  # a change with no reason
            ep("2", "01/01/2025", None, None),  # open on 1 April
            ep("3", "01/01/2024", "31/03/2025", None),  # closed before the year: a change after
            ep("3", "05/04/2025", None, None),  # first to start in the year
        ],
    )
    assert flagged("SW13STG1", x) == {"SWEpisodes": [2, 4]}


def test_an_episode_still_open_on_1_april_is_the_first_of_the_year() -> None:
    x = extract(
        2025,
        SWEpisodes=[
            ep("1", "01/01/2024", "01/04/2024", None),
            ep("1", "01/04/2024", None, None),
        ],
    )
    assert flagged("SW13STG1", x) == {"SWEpisodes": [2]}


def test_2023_24_is_checked_the_same_way() -> None:
    x = extract(
        2024, SWEpisodes=[ep("1", "01/04/2023", None, None), ep("1", "02/06/2023", None, None)]
    )
    assert flagged("SW13STG1", x) == {"SWEpisodes": [2]}
