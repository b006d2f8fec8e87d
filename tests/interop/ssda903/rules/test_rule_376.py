import datetime as dt

from tests.interop.ssda903.support import extract, flagged


def _days_after(start: str, days: int) -> str:
    return (dt.datetime.strptime(start, "%d/%m/%Y").date() + dt.timedelta(days=days)).strftime(
        "%d/%m/%Y"
    )


def test_t3_placement_cannot_last_more_than_21_days() -> None:
    start = "01/06/2025"
    rows = [
        {"CHILD": "1", "DECOM": start, "DEC": _days_after(start, 21), "PLACE": "T3"},
        {"CHILD": "2", "DECOM": start, "DEC": _days_after(start, 22), "PLACE": "T3"},
        {"CHILD": "3", "DECOM": start, "DEC": _days_after(start, 22), "PLACE": "U1"},
        {"CHILD": "4", "DECOM": start, "DEC": "31/13/2025", "PLACE": "T3"},
    ]
    assert flagged("376", extract(2026, Episodes=rows)) == {"Episodes": [2]}


def test_an_open_t3_placement_counts_as_lasting_to_the_year_end() -> None:
    rows = [
        {"CHILD": "1", "DECOM": _days_after("31/03/2026", -21), "PLACE": "T3"},
        {"CHILD": "2", "DECOM": _days_after("31/03/2026", -22), "PLACE": "T3"},
    ]
    assert flagged("376", extract(2026, Episodes=rows)) == {"Episodes": [2]}
