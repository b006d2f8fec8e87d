from tests.interop.ssda903.support import extract, flagged


def _ls(child: str, start: str, end: str | None, status: str) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "DEC": end, "LS": status}


def test_pace_detention_longer_than_21_days_is_flagged() -> None:
    x = extract(
        2026,
        Episodes=[
            _ls("1", "01/06/2025", "22/06/2025", "J2"),  # 21 days
            _ls("2", "01/06/2025", "23/06/2025", "J2"),  # 22 days
            _ls("3", "01/06/2025", "10/06/2025", "J2"),
            _ls("3", "10/06/2025", "30/06/2025", "J2"),  # one spell of 29 days
            _ls("4", "01/06/2025", "30/06/2025", "J1"),
            _ls("5", "01/02/2026", None, "J2"),  # open
        ],
    )
    assert flagged("364", x) == {"Episodes": [2, 3, 4, 6]}
