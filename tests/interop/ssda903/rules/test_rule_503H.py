from tests.interop.ssda903.support import extract, flagged


def _episode(
    child: str, decom: str, value: str | None, dec: str | None = None
) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": decom, "DEC": dec, "PL_LA": value}


LAST_YEAR = [
    _episode("1", "01/01/2025", "E10000014"),
    _episode("2", "01/01/2025", "E10000014"),
    _episode("3", "01/01/2025", "E10000014", "01/03/2025"),
    _episode("4", "01/01/2025", None),
    _episode("5", "01/01/2025", None),
]
THIS_YEAR = [
    _episode("1", "01/01/2025", "E10000014"),
    _episode("1", "01/06/2025", "E06000001"),
    _episode("2", "01/01/2025", "E06000001"),
    _episode("3", "01/04/2025", "E06000001"),
    _episode("4", "01/01/2025", None),
    _episode("5", "01/01/2025", "E06000001"),
]


def test_the_first_council_of_placement_must_match_last_years_open_episode() -> None:
    last_year = extract(2025, located=True, Episodes=LAST_YEAR)
    x = extract(2026, previous=last_year, located=True, Episodes=THIS_YEAR)
    assert flagged("503H", x) == {"Episodes": [3, 6]}


def test_without_last_years_located_placements_there_are_no_findings() -> None:
    x = extract(2026, previous=extract(2025, Episodes=LAST_YEAR), located=True, Episodes=THIS_YEAR)
    assert flagged("503H", x) == {}
