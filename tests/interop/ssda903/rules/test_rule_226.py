from tests.interop.ssda903.support import extract, flagged


def _episode(child: str, decom: str, place: str, reason: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": decom, "PLACE": place, "REASON_PLACE_CHANGE": reason}


def test_temporary_placements_and_the_episode_before_need_no_reason() -> None:
    rows = [
        _episode("1", "01/05/2025", "U1", "CARPL"),
        _episode("1", "01/06/2025", "T1", None),
        _episode("1", "01/07/2025", "U1", None),
        _episode("2", "01/06/2025", "T3", "OTHER"),
        _episode("2", "01/05/2025", "U1", None),
        _episode("3", "01/05/2025", "T4", None),
        _episode("4", "01/05/2025", "U1", "CARPL"),
        _episode("4", "01/06/2025", "U2", None),
    ]
    assert flagged("226", extract(Episodes=rows)) == {"Episodes": [2, 4]}
