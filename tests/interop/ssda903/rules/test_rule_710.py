from tests.interop.ssda903.support import extract, flagged


def order(child: str, start: str, end: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DOLO_START": start, "DOLO_END": end}


def episode(child: str, start: str, end: str | None, place: str) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "DEC": end, "PLACE": place}


def test_a_child_under_a_dolo_cannot_be_in_k1_p1_r5_or_k3() -> None:
    x = extract(
        2027,
        Episodes=[
            episode("1", "01/04/2026", "01/06/2026", "K1"),
            episode("1", "01/06/2026", None, "K2"),
            episode("2", "01/04/2026", None, "K3"),
            episode("3", "01/04/2026", None, "U4"),
        ],
        DoLo=[
            order("1", "01/05/2026", "01/08/2026"),  # overlaps the K1 episode: both flagged
            order("1", "02/06/2026", "01/08/2026"),  # K2 only: fine
            order("2", "01/05/2026", "01/08/2026"),  # open K3 episode: both flagged
            order("3", "01/05/2026", "01/08/2026"),  # U4 is not barred here (see 709)
        ],
    )
    assert flagged("710", x) == {"DoLo": [1, 3], "Episodes": [1, 3]}
