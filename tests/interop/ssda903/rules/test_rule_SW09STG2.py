from tests.interop.ssda903.support import extract, flagged


def eps(*pairs: tuple[str | None, str | None]) -> list[dict[str, str | None]]:
    return [{"CHILD": "1", "SW_DECOM": s, "SW_DEC": e} for s, e in pairs]


def test_until_2024_25_an_episode_ending_on_its_start_day_is_flagged() -> None:
    x = extract(
        2025,
        SWEpisodes=eps(
            ("01/05/2024", "01/05/2024"),
            ("1/5/2024", "01/05/2024"),
            ("01/05/2024", "02/05/2024"),
            ("01/05/2024", None),
        ),
    )
    assert flagged("SW09STG2", x) == {"SWEpisodes": [1, 2]}


def test_from_2025_26_an_episode_must_last_three_days() -> None:
    x = extract(
        2026,
        SWEpisodes=eps(
            ("01/05/2025", "03/05/2025"),
            ("01/05/2025", "04/05/2025"),
            ("05/05/2025", "01/05/2025"),
            ("01/05/2025", None),
        ),
    )
    assert flagged("SW09STG2", x) == {"SWEpisodes": [1, 3]}
