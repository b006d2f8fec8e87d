from tests.interop.ssda903.support import extract, flagged


def test_an_end_date_without_a_reason_or_a_reason_without_an_end_date_is_flagged() -> None:
    rows: list[dict[str, str | None]] = [
        {"DEC": "30/06/2025", "REC": "E8"},
        {"DEC": None, "REC": None},
        {"DEC": "30/06/2025", "REC": None},
        {"DEC": None, "REC": "X1"},
        {"DEC": "31/06/2025", "REC": "E8"},  # given, though not a real date
        {"DEC": "31/06/2025", "REC": None},
    ]
    x = extract(Episodes=[{"CHILD": "1", "DECOM": "01/05/2025", **r} for r in rows])
    assert flagged("148", x) == {"Episodes": [3, 4, 6]}
