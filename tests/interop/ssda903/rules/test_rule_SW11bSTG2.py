from tests.interop.ssda903.support import extract, flagged


def ep(child: str, start: str | None, end: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "SW_DECOM": start, "SW_DEC": end}


def test_the_latest_episode_must_not_end_before_31_march() -> None:
    x = extract(
        2026,
        SWEpisodes=[
            ep("1", "01/04/2025", "30/03/2026"),  # latest, ends before 31 March: flagged
            ep("2", "01/04/2025", "31/03/2026"),  # ends on 31 March: fine
            ep("3", "01/04/2025", None),  # only episode, open all year: fine
            ep("4", "01/04/2025", "01/10/2025"),  # followed by another: fine
            ep("4", "01/10/2025", None),
        ],
    )
    assert flagged("SW11bSTG2", x) == {"SWEpisodes": [1]}


def test_the_latest_is_by_start_date() -> None:
    x = extract(2026, SWEpisodes=[ep("1", "01/10/2025", "01/12/2025"), ep("1", "01/04/2025", None)])
    assert flagged("SW11bSTG2", x) == {"SWEpisodes": [1]}
