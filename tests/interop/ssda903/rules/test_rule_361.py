from tests.interop.ssda903.support import extract, flagged


def _ls(child: str, start: str, end: str | None, status: str) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "DEC": end, "LS": status}


def test_police_protection_longer_than_three_days_is_flagged() -> None:
    x = extract(
        2026,
        Episodes=[
            _ls("1", "01/06/2025", "04/06/2025", "L1"),  # exactly 3 days
            _ls("2", "01/06/2025", "05/06/2025", "L1"),  # 4 days
            _ls("3", "01/06/2025", "03/06/2025", "L1"),  # 2 + 2 days, one spell
            _ls("3", "03/06/2025", "05/06/2025", "L1"),
            _ls("4", "28/03/2026", None, "L1"),  # open: to 31 March, 3 days
            _ls("5", "27/03/2026", None, "L1"),  # open: 4 days
        ],
    )
    assert flagged("361", x) == {"Episodes": [2, 3, 4, 6]}


def test_spells_split_by_a_gap_or_another_status_are_measured_apart() -> None:
    x = extract(
        2026,
        Episodes=[
            _ls("1", "01/06/2025", "03/06/2025", "L1"),
            _ls("1", "03/06/2025", "10/06/2025", "C1"),
            _ls("1", "10/06/2025", "12/06/2025", "L1"),
            _ls("2", "06/06/2025", "08/06/2025", "L1"),  # out of file order
            _ls("2", "01/06/2025", "03/06/2025", "L1"),  # a gap before the next
        ],
    )
    assert flagged("361", x) == {}


def test_an_unreadable_end_date_is_not_taken_as_open() -> None:
    x = extract(2026, Episodes=[_ls("1", "01/06/2025", "31/06/2025", "L1")])
    assert flagged("361", x) == {}
