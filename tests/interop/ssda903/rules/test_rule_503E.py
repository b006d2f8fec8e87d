from tests.interop.ssda903.support import extract, flagged


def _episode(
    child: str, decom: str, value: str | None, dec: str | None = None
) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": decom, "DEC": dec, "PLACE_PROVIDER": value}


LAST_YEAR = [
    _episode("1", "01/01/2025", "PR1"),
    _episode("2", "01/01/2025", "PR1"),
    _episode("3", "01/01/2025", "PR1", "01/03/2025"),
    _episode("4", "01/01/2025", None),
    _episode("5", "01/01/2025", None),
]
THIS_YEAR = [
    _episode("1", "01/01/2025", "PR1"),
    _episode("1", "01/06/2025", "PR4"),
    _episode("2", "01/01/2025", "PR4"),
    _episode("3", "01/04/2025", "PR4"),
    _episode("4", "01/01/2025", None),
    _episode("5", "01/01/2025", "PR4"),
]


def test_the_first_placement_provider_must_match_last_years_open_episode() -> None:
    last_year = extract(2025, Episodes=LAST_YEAR)
    x = extract(2026, previous=last_year, Episodes=THIS_YEAR)
    assert flagged("503E", x) == {"Episodes": [3, 6]}
