from tests.interop.ssda903.support import extract, flagged


def _episode(
    child: str, decom: str, dec: str | None, la: str | None, rne: str = "S"
) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": decom, "DEC": dec, "RNE": rne, "PL_LA": la}


LAST_YEAR = [
    _episode("1", "01/01/2025", None, "E10000014"),
    _episode("2", "01/01/2025", None, "E10000014"),
    _episode("3", "01/01/2025", "01/03/2025", "E10000014"),
    _episode("4", "01/06/2024", "01/01/2025", "E10000014"),
    _episode("4", "01/01/2025", None, "E10000014", rne="P"),
    _episode("5", "01/01/2025", None, None),
]
THIS_YEAR = [
    _episode("1", "01/01/2025", None, "E10000014"),  # same: fine
    _episode("2", "01/01/2025", None, "E06000001"),  # changed
    _episode("3", "01/04/2025", None, "E06000001"),  # last year's episode had ended
    _episode("4", "01/01/2025", None, "E06000001", rne="S"),  # RNE differs: another episode
    _episode("5", "01/01/2025", "01/02/2026", "E06000001"),  # blank before, now known
    _episode("5", "01/02/2026", None, "E10000014", rne="P"),
]


def test_the_council_of_placement_of_an_episode_carried_over_must_not_change() -> None:
    last_year = extract(2025, located=True, Episodes=LAST_YEAR)
    x = extract(2026, previous=last_year, located=True, Episodes=THIS_YEAR)
    assert flagged("452", x) == {"Episodes": [2, 5]}


def test_without_last_years_placement_councils_there_are_no_findings() -> None:
    last_year = extract(2025, Episodes=LAST_YEAR)
    x = extract(2026, previous=last_year, located=True, Episodes=THIS_YEAR)
    assert flagged("452", x) == {}
