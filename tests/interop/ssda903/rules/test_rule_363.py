from tests.interop.ssda903.support import extract, flagged


def _ls(child: str, start: str, end: str | None, status: str) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "DEC": end, "LS": status}


def test_a_child_assessment_order_longer_than_7_days_is_flagged() -> None:
    x = extract(
        2026,
        Episodes=[
            _ls("1", "01/06/2025", "08/06/2025", "L3"),  # 7 days
            _ls("2", "01/06/2025", "09/06/2025", "L3"),  # 8 days
            _ls("3", "05/06/2025", "09/06/2025", "L3"),  # second in time, first in file
            _ls("3", "01/06/2025", "05/06/2025", "L3"),
            _ls("4", "25/03/2026", None, "L3"),  # open: 6 days to 31 March
        ],
    )
    assert flagged("363", x) == {"Episodes": [2, 3, 4]}
