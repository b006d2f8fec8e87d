from tests.interop.ssda903.support import extract, flagged

ENGLAND = "E10000014"


def _episode(
    place: str, dec: str | None = None, la: str | None = ENGLAND, urn: str | None = None
) -> dict[str, str | None]:
    return {
        "CHILD": "1",
        "DECOM": "01/01/2025",
        "PLACE": place,
        "DEC": dec,
        "PL_LA": la,
        "URN": urn,
    }


def test_registered_placements_in_england_need_a_urn() -> None:
    rows = [_episode("U1"), _episode("U1", urn="SC123456"), _episode("K2"), _episode("P1")]
    assert flagged("218", extract(2026, located=True, Episodes=rows)) == {"Episodes": [1, 3]}


def test_episodes_that_ended_before_the_collection_year_need_no_urn() -> None:
    rows = [
        _episode("U1", dec="31/03/2025"),
        _episode("U1", dec="01/04/2025"),
        _episode("U1", dec="32/04/2025"),
    ]
    assert flagged("218", extract(2026, located=True, Episodes=rows)) == {"Episodes": [2]}


def test_placements_outside_england_need_no_urn_but_unknown_councils_do() -> None:
    rows = [
        _episode("U1", la="WAL"),
        _episode("U1", la="SCO"),
        _episode("U1", la="NUK"),
        _episode("U1", la="W06000015"),
        _episode("U1", la=None),
    ]
    for year in (2024, 2026):
        assert flagged("218", extract(year, located=True, Episodes=rows)) == {"Episodes": [5]}


def test_exempt_placement_types_change_by_year() -> None:
    rows = [_episode(p) for p in ("H5", "P2", "Z1", "Z11", "K3")]
    assert flagged("218", extract(2023, located=True, Episodes=rows)) == {"Episodes": [4, 5]}
    assert flagged("218", extract(2024, located=True, Episodes=rows)) == {"Episodes": [1, 2, 4, 5]}
    assert flagged("218", extract(2026, located=True, Episodes=rows)) == {"Episodes": [1, 2, 3, 5]}


def test_short_breaks_need_no_urn_as_rule_214_forbids_one() -> None:
    row = {"CHILD": "1", "DECOM": "01/05/2025", "RNE": "S", "PLACE": "K2", "PL_LA": "E10000014"}
    x = extract(2026, located=True, Episodes=[{**row, "LS": "V3"}, {**row, "LS": "C2"}])
    assert flagged("218", x) == {"Episodes": [2]}
