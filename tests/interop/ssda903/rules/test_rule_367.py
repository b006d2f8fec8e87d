from tests.interop.ssda903.support import extract, flagged


def _v3(child: str, start: str, end: str | None, status: str = "V3") -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "DEC": end, "LS": status}


def test_more_than_75_days_of_respite_in_the_year_is_flagged() -> None:
    x = extract(
        2026,
        Episodes=[
            _v3("1", "01/05/2025", "11/06/2025"),  # 41 days
            _v3("1", "01/08/2025", "05/09/2025"),  # 35 days: 76 in all
            _v3("2", "01/05/2025", "11/06/2025"),  # 41 days
            _v3("2", "01/08/2025", "04/09/2025"),  # 34 days: 75 in all
            _v3("2", "01/10/2025", "11/10/2025", "V4"),
            _v3("3", "01/03/2025", "11/04/2025"),  # 10 days inside the year
            _v3("3", "01/03/2026", None),  # open: 30 days to 31 March
            _v3("3", "01/01/2026", "06/02/2026"),  # 36 days: 76 in all
        ],
    )
    assert flagged("367", x) == {"Episodes": [1, 2, 6, 7, 8]}


def test_breaks_before_the_year_or_with_unreadable_ends_do_not_count() -> None:
    x = extract(
        2026,
        Episodes=[
            _v3("1", "01/01/2025", "31/03/2025"),
            _v3("1", "01/05/2025", "31/06/2025"),
            _v3("1", "01/07/2025", "14/09/2025"),  # 75 days
        ],
    )
    assert flagged("367", x) == {}
