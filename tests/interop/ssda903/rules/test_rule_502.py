from tests.interop.ssda903.support import extract, flagged


def _ep(child: str, start: str, end: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "DEC": end}


def test_a_first_episode_not_matching_last_years_open_episode_is_flagged() -> None:
    last = extract(
        2025,
        Episodes=[
            _ep("1", "01/02/2025", None),
            _ep("2", "01/02/2025", None),
            _ep("3", "01/02/2025", "01/03/2025"),  # closed last year
            _ep("4", "01/02/2025", "31/02/2025"),  # unreadable end: not open
        ],
    )
    x = extract(
        2026,
        previous=last,
        Episodes=[
            _ep("1", "01/02/2025", "01/05/2025"),
            _ep("1", "01/05/2025", None),
            _ep("2", "02/02/2025", None),
            _ep("3", "01/05/2025", None),
            _ep("4", "01/05/2025", None),
        ],
    )
    assert flagged("502", x) == {"Episodes": [3]}
