from tests.interop.ssda903.support import extract, flagged


def ends(*values: str | None) -> list[dict[str, str | None]]:
    return [{"CHILD": "1", "SW_DECOM": "01/04/2025", "SW_DEC": v} for v in values]


def test_an_end_date_when_given_must_be_a_valid_date() -> None:
    x = extract(2026, SWEpisodes=ends("30/09/2025", None, "30/13/2025", "ZZ/ZZ/ZZZZ", "soon"))
    assert flagged("SW05STG1", x) == {"SWEpisodes": [3, 4, 5]}


def test_a_blank_end_date_is_an_open_episode_in_every_year() -> None:
    for year in (2024, 2026, 2027):
        assert flagged("SW05STG1", extract(year, SWEpisodes=ends(None))) == {}, year
