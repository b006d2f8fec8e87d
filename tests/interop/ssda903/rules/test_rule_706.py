from tests.interop.ssda903.support import extract, flagged


def order(child: str, start: str, end: str | None = None) -> dict[str, str | None]:
    return {"CHILD": child, "DOLO_START": start, "DOLO_END": end}


def test_an_open_dolo_last_year_must_reappear_with_the_same_start() -> None:
    last_year = extract(
        2026,
        DoLo=[
            order("1", "01/01/2026"),  # carried over: fine
            order("2", "01/01/2026"),  # carried over with another start: flagged
            order("3", "01/01/2026", "01/02/2026"),  # ended last year: not needed
            order("4", "01/02/2026"),  # missing this year: flagged
        ],
    )
    x = extract(
        2027,
        previous=last_year,
        DoLo=[order("1", "01/01/2026", "01/06/2026"), order("2", "02/01/2026")],
    )
    assert flagged("706", x) == {"DoLo_last": [2, 4]}


def test_nothing_is_needed_when_last_year_had_no_open_dolo() -> None:
    x = extract(2027, previous=extract(2026, DoLo=[]), DoLo=[order("1", "01/05/2026")])
    assert flagged("706", x) == {}
