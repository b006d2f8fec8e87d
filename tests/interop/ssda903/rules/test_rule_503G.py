from tests.interop.ssda903.support import extract, flagged


def _episode(
    child: str, decom: str, distance: str | None, dec: str | None = None
) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": decom, "DEC": dec, "PL_DISTANCE": distance}


LAST_YEAR = [
    _episode("1", "01/01/2025", "5.0"),
    _episode("2", "01/01/2025", "5.0"),
    _episode("3", "01/01/2025", "5.0", "01/03/2025"),
    _episode("4", "01/01/2025", None),
]
THIS_YEAR = [
    _episode("1", "01/01/2025", "5.1"),  # within 0.2 miles
    _episode("2", "01/01/2025", "4.8"),  # 0.2 miles off
    _episode("3", "01/04/2025", "9.0"),  # last year's episode had ended
    _episode("4", "01/01/2025", "9.0"),  # no distance last year
]


def test_the_first_distance_must_be_within_0_2_miles_of_last_years_open_episode() -> None:
    last_year = extract(2025, located=True, Episodes=LAST_YEAR)
    x = extract(2026, previous=last_year, located=True, Episodes=THIS_YEAR)
    assert flagged("503G", x) == {"Episodes": [2]}


def test_without_last_years_located_placements_there_are_no_findings() -> None:
    x = extract(2026, previous=extract(2025, Episodes=LAST_YEAR), located=True, Episodes=THIS_YEAR)
    assert flagged("503G", x) == {}
