from tests.interop.ssda903.support import extract, flagged


def order(child: str, start: str | None, end: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DOLO_START": start, "DOLO_END": end}


def test_a_dolo_cannot_start_while_the_previous_one_is_open() -> None:
    x = extract(
        2027,
        DoLo=[
            order("1", "01/05/2026", None),
            order("1", "01/08/2026", "01/09/2026"),  # the one before has no end: flagged
            order("2", "01/05/2026", "01/07/2026"),
            order("2", "01/07/2026", None),  # starts the day the previous ended: fine
            order("3", "01/05/2026", "01/09/2026"),
            order("3", "01/06/2026", "01/07/2026"),  # inside the previous one: flagged
        ],
    )
    assert flagged("705", x) == {"DoLo": [2, 6]}


def test_dolos_are_ordered_by_start_date_per_child() -> None:
    x = extract(
        2027,
        DoLo=[
            order("1", "01/08/2026", None),
            order("2", "01/06/2026", None),
            order("1", "01/05/2026", "01/06/2026"),
        ],
    )
    assert flagged("705", x) == {}
