from tests.interop.ssda903.support import extract, flagged


def _episode(child: str, decom: str, rne: str, ls: str, place: str) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": decom, "RNE": rne, "LS": ls, "PLACE": place}


def test_a_change_of_both_must_change_the_legal_status_and_the_placement() -> None:
    rows = [
        _episode("1", "01/05/2025", "S", "C1", "U1"),
        _episode("1", "01/06/2025", "B", "C2", "U4"),  # fine
        _episode("1", "01/07/2025", "U", "C2", "U6"),  # same legal status
        _episode("1", "01/08/2025", "B", "E1", "U6"),  # same placement
        _episode("2", "01/06/2025", "B", "C2", "U4"),  # first episode: not checked
    ]
    assert flagged("436", extract(Episodes=rows)) == {"Episodes": [3, 4]}
