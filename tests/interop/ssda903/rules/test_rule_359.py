from tests.interop.ssda903.support import extract, flagged


def _episode(child: str, ls: str, place: str, dec: str | None = None) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": "01/01/2025", "LS": ls, "PLACE": place, "DEC": dec}


def test_over_18s_still_looked_after_must_be_v2_in_a_community_home() -> None:
    header = [
        {"CHILD": "1", "DOB": "30/03/2008"},  # 18 the day before the year ends
        {"CHILD": "2", "DOB": "31/03/2008"},  # 18 on the last day: not after it
        {"CHILD": "3", "DOB": "01/01/2007"},
        {"CHILD": "4", "DOB": "01/01/2007"},
    ]
    rows = [
        _episode("1", "C2", "U1"),
        _episode("2", "C2", "U1"),
        _episode("3", "V2", "K2"),
        _episode("3", "V2", "K1"),
        _episode("4", "C2", "U1", dec="01/03/2026"),
    ]
    x = extract(2026, Header=header, Episodes=rows)
    assert flagged("359", x) == {"Episodes": [1, 4]}
