from tests.interop.ssda903.support import extract, flagged

Row = dict[str, str | None]


def _ep(child: str, dec: str | None = None, ls: str = "C2") -> Row:
    return {"CHILD": child, "DECOM": "01/05/2023", "LS": ls, "DEC": dec}


def _sw(
    child: str,
    sw_id: str | None = "SW1",
    start: str | None = "01/05/2023",
    reason: str | None = "MANAGE",
) -> Row:
    return {"CHILD": child, "SW_ID": sw_id, "SW_DECOM": start, "SW_REASON": reason}


def test_a_child_looked_after_on_31_march_needs_social_worker_information() -> None:
    episodes = [
        _ep("A"),  # complete information
        _ep("B"),  # no social worker episode
        _ep("C"),  # no reason given anywhere
        _ep("D", dec="01/06/2023"),  # left care
        _ep("E", ls="V3"),  # short break
        _ep("F"),  # no ID given anywhere
        _ep("G"),  # no start date given anywhere
    ]
    social_workers = [
        _sw("A"),
        _sw("C", reason=None),
        _sw("E", reason=None),
        _sw("F", sw_id=None),
        _sw("G", start=None),
    ]
    x = extract(2024, Episodes=episodes, SWEpisodes=social_workers)
    assert flagged("SW01STG1", x) == {"Episodes": [2, 3, 6, 7]}


def test_items_may_come_from_different_social_worker_episodes() -> None:
    episodes = [_ep("A")]
    social_workers = [
        _sw("A", reason=None),  # the first episode of the year may have no reason
        _sw("A", start="01/09/2023", sw_id=None),
        _sw("A", start="bad"),  # an invalid date is still a date given
    ]
    x = extract(2024, Episodes=episodes, SWEpisodes=social_workers)
    assert flagged("SW01STG1", x) == {}


def test_nothing_is_flagged_when_sw_episodes_was_not_supplied() -> None:
    assert flagged("SW01STG1", extract(2024, Episodes=[_ep("A")])) == {}
