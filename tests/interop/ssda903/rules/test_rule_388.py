from tests.interop.ssda903.support import extract, flagged


def _ep(child: str, start: str, end: str | None, reason: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "DEC": end, "REC": reason}


def test_x1_without_a_next_episode_that_day_is_flagged() -> None:
    x = extract(
        Episodes=[
            _ep("1", "01/05/2025", "01/06/2025", "X1"),  # next starts a day later
            _ep("1", "02/06/2025", "01/07/2025", "X1"),  # the last episode
            _ep("2", "01/05/2025", "01/06/2025", "X1"),
            _ep("2", "01/06/2025", None, None),
        ]
    )
    assert flagged("388", x) == {"Episodes": [1, 2]}


def test_a_next_episode_that_day_needs_x1() -> None:
    x = extract(
        Episodes=[
            _ep("1", "01/06/2025", None, None),
            _ep("1", "01/05/2025", "01/06/2025", "E8"),
            _ep("2", "01/05/2025", "01/06/2025", "E8"),
            _ep("2", "01/09/2025", None, None),
        ]
    )
    assert flagged("388", x) == {"Episodes": [2]}


def test_episodes_with_unreadable_start_dates_are_left_out() -> None:
    x = extract(
        Episodes=[
            _ep("1", "01/05/2025", "01/06/2025", "E8"),
            _ep("1", "31/06/2025", None, None),
        ]
    )
    assert flagged("388", x) == {}
