from tests.interop.ssda903.support import extract, flagged


def ep(
    child: str, start: str | None, end: str | None, reason: str | None = "CHCHAN"
) -> dict[str, str | None]:
    return {"CHILD": child, "SW_DECOM": start, "SW_DEC": end, "SW_REASON": reason}


def test_a_new_episode_must_start_within_a_week_of_the_previous_end() -> None:
    x = extract(
        2025,
        SWEpisodes=[
            ep("1", "01/04/2024", "10/05/2024"),  # first: nothing to compare
            ep("1", "17/05/2024", "01/06/2024"),  # 7 days after: fine
            ep("1", "09/06/2024", None),  # 8 days after: flagged
            ep("2", "01/04/2024", "20/06/2024"),
            ep("2", "13/06/2024", "30/06/2024"),  # 7 days before: fine
            ep("2", "22/06/2024", None),  # 8 days before: flagged
        ],
    )
    assert flagged("SW10STG2", x) == {"SWEpisodes": [3, 6]}


def test_a_previous_episode_with_no_end_fails_the_next() -> None:
    x = extract(2025, SWEpisodes=[ep("1", "01/04/2024", None), ep("1", "01/06/2024", None)])
    assert flagged("SW10STG2", x) == {"SWEpisodes": [2]}


def test_episodes_are_compared_in_date_order_per_child() -> None:
    x = extract(
        2025,
        SWEpisodes=[
            ep("1", "01/06/2024", None),
            ep("2", "01/05/2024", None),
            ep("1", "01/04/2024", "01/06/2024"),
        ],
    )
    assert flagged("SW10STG2", x) == {}


def test_first_contact_is_exempt_from_2024_25_only() -> None:
    rows = [ep("1", "01/04/2023", "01/06/2023"), ep("1", "01/09/2023", None, "FCONTA")]
    assert flagged("SW10STG2", extract(2024, SWEpisodes=rows)) == {"SWEpisodes": [2]}
    rows = [ep("1", "01/04/2024", "01/06/2024"), ep("1", "01/09/2024", None, "FCONTA")]
    assert flagged("SW10STG2", extract(2025, SWEpisodes=rows)) == {}
