from tests.interop.ssda903.support import extract, flagged


def order(child: str, start: str, end: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DOLO_START": start, "DOLO_END": end}


def episode(child: str, start: str, end: str | None, place: str) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "DEC": end, "PLACE": place}


def test_a_child_under_a_dolo_must_be_in_k2_z12_or_z13() -> None:
    x = extract(
        2027,
        Episodes=[
            episode("1", "01/04/2026", "01/06/2026", "U4"),
            episode("1", "01/06/2026", None, "K2"),
            episode("2", "01/04/2026", None, "Z13"),
            episode("3", "01/04/2026", None, "P1"),
        ],
        DoLo=[
            order("1", "01/06/2026", "01/08/2026"),  # starts the day U4 ended: overlaps it
            order("1", "02/06/2026", "01/08/2026"),  # only in K2: fine
            order("2", "01/05/2026", "01/08/2026"),
            order("3", "01/05/2026", "01/08/2026"),  # in an open P1 episode: flagged
            order("3", "01/05/2026", None),  # no end date: not checked
        ],
    )
    assert flagged("709", x) == {"DoLo": [1, 4]}


def test_a_dolo_outside_every_episode_is_not_checked() -> None:
    x = extract(
        2027,
        Episodes=[episode("1", "01/06/2026", "01/07/2026", "U4")],
        DoLo=[order("1", "01/04/2026", "31/05/2026"), order("1", "02/07/2026", "01/08/2026")],
    )
    assert flagged("709", x) == {}
