from tests.interop.ssda903.support import extract, flagged


def _ep(child: str, start: str, end: str | None, value: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "DEC": end, "CIN": value}


def test_a_first_episode_differing_from_last_years_open_episode_is_flagged() -> None:
    last = extract(
        2025,
        Episodes=[
            _ep("1", "01/01/2025", "01/02/2025", "N2"),
            _ep("1", "01/02/2025", None, "N1"),
            _ep("2", "01/02/2025", None, "N1"),
            _ep("3", "01/02/2025", "01/03/2025", "N1"),  # closed last year
            _ep("4", "01/02/2025", None, None),
            _ep("5", "01/02/2025", None, None),
            _ep("6", "01/02/2025", "30/02/2025", "N1"),  # unreadable end: not open
        ],
    )
    x = extract(
        2026,
        previous=last,
        Episodes=[
            _ep("1", "01/05/2025", None, "N2"),
            _ep("1", "01/02/2025", "01/05/2025", "N1"),  # the first: matches
            _ep("2", "01/02/2025", None, "N2"),
            _ep("3", "01/05/2025", None, "N2"),
            _ep("4", "01/02/2025", None, None),  # both blank: the same
            _ep("5", "01/02/2025", None, "N1"),
            _ep("6", "01/05/2025", None, "N2"),
        ],
    )
    assert flagged("503C", x) == {"Episodes": [3, 6]}
