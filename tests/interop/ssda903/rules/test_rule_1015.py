from tests.interop.ssda903.support import extract, flagged

OWN = "E10000014"
OTHER = "E06000001"


def _episode(
    place: str | None, ls: str | None, provider: str | None, la: str | None
) -> dict[str, str | None]:
    return {"CHILD": "1", "PLACE": place, "LS": ls, "PLACE_PROVIDER": provider, "PL_LA": la}


ROWS = [
    _episode("K2", "C2", "PR1", OWN),
    _episode("K2", "C2", "PR1", OTHER),  # own provision elsewhere
    _episode("K2", "C2", "PR1", None),  # council unknown
    _episode("U1", "C2", "PR1", OTHER),  # fostering: not checked
    _episode("A4", "C2", "PR1", OTHER),  # adoption: not checked
    _episode("K2", "V3", "PR1", OTHER),  # short break: not checked
    _episode("K2", "C2", "PR4", OTHER),
    _episode(None, "C2", "PR1", OTHER),
    _episode("K2", None, "PR1", OTHER),
    _episode("K3", "C2", "PR1", OTHER),  # supported accommodation: checked until 2024/25
]


def test_own_provision_must_be_in_the_councils_area() -> None:
    assert flagged("1015", extract(2026, located=True, la=OWN, Episodes=ROWS)) == {
        "Episodes": [2, 3]
    }
    assert flagged("1015", extract(2025, located=True, la=OWN, Episodes=ROWS)) == {
        "Episodes": [2, 3, 10]
    }


def test_without_the_returning_council_there_is_nothing_to_compare() -> None:
    assert flagged("1015", extract(2026, located=True, la=None, Episodes=ROWS)) == {}
