from tests.interop.ssda903.support import extract, flagged


def _p2(dec: str | None, place: str = "P2") -> dict[str, str | None]:
    return {"CHILD": "1", "DECOM": "01/05/2023", "PLACE": place, "DEC": dec}


def test_independent_living_must_end_by_28_october_2023() -> None:
    rows = [_p2("28/10/2023"), _p2("29/10/2023"), _p2("27/10/2023"), _p2("01/02/2024")]
    assert flagged("217t", extract(2024, Episodes=rows)) == {"Episodes": [2, 4]}


def test_an_open_or_unreadable_end_counts_as_still_running() -> None:
    rows = [_p2(None), _p2("31/13/2023"), _p2(None, place="P1")]
    assert flagged("217t", extract(2024, Episodes=rows)) == {"Episodes": [1, 2]}


def test_other_placement_types_are_not_checked() -> None:
    rows = [_p2("01/02/2024", place="H5"), _p2("01/02/2024", place="U1")]
    assert flagged("217t", extract(2024, Episodes=rows)) == {}
