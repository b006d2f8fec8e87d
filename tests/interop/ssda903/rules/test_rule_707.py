from tests.interop.ssda903.support import extract, flagged


def order(child: str, start: str, end: str | None = None) -> dict[str, str | None]:
    return {"CHILD": child, "DOLO_START": start, "DOLO_END": end}


def episode(child: str, start: str, end: str | None = None) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "DEC": end}


def test_an_open_dolo_needs_an_open_period_of_care() -> None:
    x = extract(
        2027,
        Episodes=[
            episode("1", "01/01/2026"),  # still in care (open episode): fine
            episode("2", "01/01/2026", "01/10/2026"),  # left care
            episode("3", "01/01/2026", "01/05/2026"),
            episode("3", "01/05/2026", None),  # a period in two episodes, still open
            episode("4", "01/01/2026", "01/03/2026"),
            episode("4", "01/09/2026", None),  # a new period after the order started
        ],
        DoLo=[
            order("1", "01/05/2026"),
            order("2", "01/05/2026"),  # care ended, order still open: flagged
            order("2", "01/05/2026", "01/10/2026"),  # closed: not this rule's business
            order("3", "01/02/2026"),
            order("4", "01/02/2026"),  # started in a period that ended: flagged
            order("5", "01/02/2026"),  # no episodes to judge by
        ],
    )
    assert flagged("707", x) == {"DoLo": [2, 5]}
