from tests.interop.ssda903.support import extract, flagged


def _episode(
    child: str, decom: str, rne: str | None, place: str | None, post: str | None = "AB1 0JD"
) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": decom, "RNE": rne, "PLACE": place, "PL_POST": post}


ROWS = [
    # Back to the same placement with RNE P: fine.
    _episode("1", "01/05/2025", "S", "U1"),
    _episode("1", "01/06/2025", "P", "T3"),
    _episode("1", "15/06/2025", "P", "U1"),
    # Back with RNE T: wrong.
    _episode("2", "01/05/2025", "S", "U1"),
    _episode("2", "01/06/2025", "P", "T1"),
    _episode("2", "15/06/2025", "T", "U1"),
    # To another placement type: wrong.
    _episode("3", "01/05/2025", "S", "U1"),
    _episode("3", "01/06/2025", "P", "T2"),
    _episode("3", "15/06/2025", "P", "U4"),
    # Same type, another postcode: wrong from 2025/26.
    _episode("4", "01/05/2025", "S", "U1"),
    _episode("4", "01/06/2025", "P", "T2"),
    _episode("4", "15/06/2025", "P", "U1", "CD2 1EF"),
    # The same postcode written differently, and a temporary first episode: fine.
    _episode("5", "01/05/2025", "S", "U1", "ab10jd"),
    _episode("5", "01/06/2025", "P", "T2"),
    _episode("5", "15/06/2025", "P", "U1"),
    _episode("6", "01/05/2025", "P", "T4"),
    _episode("6", "15/05/2025", "P", "U1"),
]


def test_from_2025_26_the_returning_episode_is_checked_with_its_postcode() -> None:
    assert flagged("383", extract(2026, Episodes=ROWS)) == {"Episodes": [6, 9, 12]}


def test_until_2024_25_the_temporary_episode_is_flagged_and_postcodes_are_not_compared() -> None:
    assert flagged("383", extract(2025, Episodes=ROWS)) == {"Episodes": [5, 8]}
