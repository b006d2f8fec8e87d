from tests.interop.ssda903.support import extract, flagged


def _episode(child: str, decom: str, place: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": decom, "PLACE": place}


def test_placement_for_adoption_with_foster_carers_must_follow_foster_or_adoption() -> None:
    rows = [
        _episode("1", "01/05/2025", "U3"),
        _episode("1", "01/08/2025", "A3"),
        _episode("2", "01/08/2025", "A5"),
        _episode("2", "01/05/2025", "K2"),
        _episode("3", "01/05/2025", "A6"),
        _episode("3", "01/08/2025", "A5"),
        _episode("4", "01/05/2025", None),
        _episode("4", "01/08/2025", "A3"),
    ]
    assert flagged("336", extract(Episodes=rows)) == {"Episodes": [3, 8]}


def test_a_first_episode_and_adoption_with_new_carers_are_not_checked() -> None:
    rows = [
        _episode("1", "01/05/2025", "A3"),
        _episode("2", "01/05/2025", "K2"),
        _episode("2", "01/08/2025", "A4"),
        _episode("2", "01/09/2025", "A6"),
    ]
    assert flagged("336", extract(Episodes=rows)) == {}
