from tests.interop.ssda903.support import extract, flagged


def ends(*values: str | None) -> list[dict[str, str | None]]:
    return [{"CHILD": "1", "SW_DECOM": "01/01/2020", "SW_DEC": v} for v in values]


def test_in_2023_24_an_episode_must_end_within_the_collection_year() -> None:
    x = extract(2024, SWEpisodes=ends("31/03/2023", "01/04/2023", "31/03/2024", "01/04/2024"))
    assert flagged("SW07STG2", x) == {"SWEpisodes": [1, 4]}


def test_from_2024_25_an_episode_may_end_in_the_year_before() -> None:
    x = extract(2025, SWEpisodes=ends("31/03/2023", "01/04/2023", "31/03/2025", "01/04/2025"))
    assert flagged("SW07STG2", x) == {"SWEpisodes": [1, 4]}


def test_in_2026_27_the_period_starts_on_1_april_2025() -> None:
    x = extract(2027, SWEpisodes=ends("31/03/2025", "01/04/2025", None, "31/03/2027"))
    assert flagged("SW07STG2", x) == {"SWEpisodes": [1]}
