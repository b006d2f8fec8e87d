from tests.interop.ssda903.support import extract, flagged

ENGLAND = "E10000014"


def _h5(
    dec: str | None = None,
    urn: str | None = None,
    la: str | None = ENGLAND,
    place: str = "H5",
    ls: str = "C2",
) -> dict[str, str | None]:
    return {
        "CHILD": "1",
        "DECOM": "01/05/2023",
        "LS": ls,
        "PLACE": place,
        "DEC": dec,
        "URN": urn,
        "PL_LA": la,
    }


def test_an_english_h5_placement_running_from_28_october_2023_needs_a_urn() -> None:
    rows = [
        _h5("27/10/2023"),  # ended the day before
        _h5("28/10/2023"),  # still running on the day
        _h5(None),  # open
        _h5(None, urn="1234567"),
        _h5(None, urn="XXXXXXX"),  # the placeholder is not a URN
        _h5(None, place="U1"),
    ]
    assert flagged("230", extract(2024, located=True, Episodes=rows)) == {"Episodes": [2, 3, 5]}


def test_placements_outside_england_are_exempt_but_unknown_councils_are_not() -> None:
    rows = [_h5(la="WAL"), _h5(la="SCO"), _h5(la="NIR"), _h5(la="W06000015"), _h5(la=None)]
    assert flagged("230", extract(2024, located=True, Episodes=rows)) == {"Episodes": [5]}


def test_short_breaks_are_exempt() -> None:
    rows = [_h5(ls="V3"), _h5(ls="V4"), _h5(ls="V2")]
    assert flagged("230", extract(2024, located=True, Episodes=rows)) == {"Episodes": [3]}
