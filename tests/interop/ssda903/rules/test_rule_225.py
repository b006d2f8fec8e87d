from tests.interop.ssda903.support import extract, flagged


def _episode(
    child: str, decom: str, rne: str, place: str, rec: str | None, reason: str | None = None
) -> dict[str, str | None]:
    return {
        "CHILD": child,
        "DECOM": decom,
        "RNE": rne,
        "PLACE": place,
        "REC": rec,
        "REASON_PLACE_CHANGE": reason,
    }


def test_an_episode_ending_in_a_change_of_placement_needs_a_reason() -> None:
    rows = [
        _episode("1", "01/05/2025", "S", "U1", "X1"),
        _episode("1", "01/06/2025", "P", "U2", "X1", "CARPL"),
        _episode("1", "01/07/2025", "B", "U3", None),
        _episode("2", "01/05/2025", "S", "U1", "X1"),
        _episode("2", "01/06/2025", "L", "U1", None),
    ]
    assert flagged("225", extract(Episodes=rows)) == {"Episodes": [1]}


def test_episodes_are_taken_in_date_order_and_temporary_placements_need_no_reason() -> None:
    rows = [
        _episode("1", "01/07/2025", "T", "U1", None),
        _episode("1", "01/05/2025", "S", "U1", "X1"),
        _episode("2", "01/05/2025", "S", "T1", "X1"),
        _episode("2", "01/06/2025", "P", "U1", "X1"),
        _episode("2", "01/07/2025", "P", "T3", None),
        _episode("3", "01/05/2025", "S", "U1", "E4A"),
    ]
    assert flagged("225", extract(Episodes=rows)) == {"Episodes": [2]}
