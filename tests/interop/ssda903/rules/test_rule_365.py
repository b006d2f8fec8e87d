from tests.interop.ssda903.support import extract, flagged


def _ls(start: str, end: str | None, status: str) -> dict[str, str | None]:
    return {"CHILD": "1", "DECOM": start, "DEC": end, "LS": status}


def test_a_respite_break_longer_than_17_days_is_flagged() -> None:
    x = extract(
        2026,
        Episodes=[
            _ls("01/06/2025", "18/06/2025", "V3"),  # 17 days
            _ls("01/07/2025", "19/07/2025", "V3"),  # 18 days
            _ls("01/08/2025", "30/08/2025", "V4"),
            _ls("14/03/2026", None, "V3"),  # open: 17 days to 31 March
            _ls("13/03/2026", None, "V3"),  # open: 18 days
            _ls("01/09/2025", "31/09/2025", "V3"),  # unreadable end
        ],
    )
    assert flagged("365", x) == {"Episodes": [2, 5]}


def test_the_open_episode_is_not_closed_for_other_rules() -> None:
    x = extract(2026, Episodes=[_ls("01/03/2026", None, "V3")])
    assert flagged("365", x) == {"Episodes": [1]}
    assert x.tables["Episodes"]["DEC"].to_list() == [None]
