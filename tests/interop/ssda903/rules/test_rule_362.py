from tests.interop.ssda903.support import extract, flagged


def _ls(child: str, start: str, end: str | None, status: str) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "DEC": end, "LS": status}


def test_an_emergency_protection_order_longer_than_21_days_is_flagged() -> None:
    x = extract(
        2026,
        Episodes=[
            _ls("1", "01/06/2025", "22/06/2025", "L2"),  # 21 days
            _ls("2", "01/06/2025", "23/06/2025", "L2"),  # 22 days
            _ls("3", "01/06/2025", "12/06/2025", "L2"),  # 11 + 11 days in one spell
            _ls("3", "12/06/2025", "23/06/2025", "L2"),
            _ls("4", "01/03/2026", None, "L2"),  # open: 30 days to 31 March
            _ls("5", "01/06/2025", "23/06/2025", "C1"),
        ],
    )
    assert flagged("362", x) == {"Episodes": [2, 3, 4, 5]}
