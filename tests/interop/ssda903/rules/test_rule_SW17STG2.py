from tests.interop.ssda903.support import extract, flagged


def ep(child: str, start: str | None, end: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "SW_DECOM": start, "SW_DEC": end}


def test_the_latest_episode_must_have_no_end_date() -> None:
    x = extract(
        2026,
        SWEpisodes=[
            ep("1", "01/04/2025", "01/06/2025"),
            ep("1", "01/06/2025", None),  # open: fine
            ep("2", "01/04/2025", "01/06/2025"),
            ep("2", "02/06/2025", "31/03/2026"),  # latest, closed: flagged
            ep("3", "01/04/2025", "not a date"),  # an end given, even invalid: flagged
        ],
    )
    assert flagged("SW17STG2", x) == {"SWEpisodes": [4, 5]}


def test_the_latest_is_by_start_date_not_by_row() -> None:
    x = extract(2027, SWEpisodes=[ep("1", "01/09/2026", None), ep("1", "01/04/2026", "01/09/2026")])
    assert flagged("SW17STG2", x) == {}
