from tests.interop.ssda903.support import extract, flagged


def starts(*values: str | None) -> list[dict[str, str | None]]:
    return [{"CHILD": "1", "SW_DECOM": v} for v in values]


def test_the_start_date_must_be_a_full_valid_date() -> None:
    x = extract(2026, SWEpisodes=starts("01/04/2025", "1/4/2025", "31/02/2025", "2025-04-01", None))
    assert flagged("SW04STG1", x) == {"SWEpisodes": [3, 4, 5]}


def test_partial_dates_with_zz_are_refused_in_every_year() -> None:
    for year in (2024, 2025, 2026):
        x = extract(year, SWEpisodes=starts("ZZ/ZZ/ZZZZ", "01/01/ZZZZ", "15/06/2023"))
        assert flagged("SW04STG1", x) == {"SWEpisodes": [1, 2]}, year
