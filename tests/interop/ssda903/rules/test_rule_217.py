from tests.interop.ssda903.support import extract, flagged


def _episode(place: str, decom: str | None, rne: str | None) -> dict[str, str | None]:
    return {"CHILD": "1", "PLACE": place, "DECOM": decom, "RNE": rne}


def test_adoption_with_current_foster_carers_needs_rne_s_t_or_u() -> None:
    rows = [
        _episode("A3", "01/05/2025", "S"),
        _episode("A5", "01/05/2025", "T"),
        _episode("A3", "01/05/2025", "U"),
        _episode("A3", "01/05/2025", "P"),
        _episode("A5", "01/05/2025", None),
        _episode("A4", "01/05/2025", "P"),
    ]
    assert flagged("217", extract(Episodes=rows)) == {"Episodes": [4, 5]}


def test_only_placements_starting_from_1_april_2015_are_checked() -> None:
    rows = [
        _episode("A3", "31/03/2015", "P"),
        _episode("A3", "01/04/2015", "P"),
        _episode("A3", None, "P"),
        _episode("A3", "31/02/2016", "P"),
    ]
    assert flagged("217", extract(Episodes=rows)) == {"Episodes": [2]}
