from tests.interop.ssda903.support import extract, flagged


def _episode(
    child: str, decom: str, value: str | None, dec: str | None = None
) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": decom, "DEC": dec, "PL_LOCATION": value}


LAST_YEAR = [
    _episode("1", "01/01/2025", "IN"),
    _episode("2", "01/01/2025", "IN"),
    _episode("3", "01/01/2025", "IN", "01/03/2025"),
    _episode("4", "01/01/2025", None),
    _episode("5", "01/01/2025", None),
]
THIS_YEAR = [
    _episode("1", "01/01/2025", "IN"),
    _episode("1", "01/06/2025", "OUT"),
    _episode("2", "01/01/2025", "OUT"),
    _episode("3", "01/04/2025", "OUT"),
    _episode("4", "01/01/2025", None),
    _episode("5", "01/01/2025", "OUT"),
]


def test_the_first_placement_location_must_match_last_years_open_episode() -> None:
    last_year = extract(2025, located=True, Episodes=LAST_YEAR)
    x = extract(2026, previous=last_year, located=True, Episodes=THIS_YEAR)
    assert flagged("503J", x) == {"Episodes": [3, 6]}


def test_without_last_years_located_placements_there_are_no_findings() -> None:
    x = extract(2026, previous=extract(2025, Episodes=LAST_YEAR), located=True, Episodes=THIS_YEAR)
    assert flagged("503J", x) == {}
