from tests.interop.ssda903.support import extract, flagged


def _episode(
    child: str, decom: str, place: str | None, dec: str | None = None
) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": decom, "DEC": dec, "PLACE": place}


def test_the_first_placement_type_must_match_last_years_open_episode() -> None:
    last_year = extract(
        2025,
        Episodes=[
            _episode("1", "01/01/2025", "U1"),
            _episode("2", "01/06/2024", "U1", "01/01/2025"),
            _episode("2", "01/01/2025", "U4"),  # the latest is the one compared
            _episode("3", "01/01/2025", "U1", "01/03/2025"),  # ended: not compared
            _episode("4", "01/01/2025", None),
            _episode("5", "01/01/2025", "U1", "31/02/2025"),  # invalid DEC: taken as open
        ],
    )
    this_year = [
        _episode("1", "01/01/2025", "U1"),
        _episode("1", "01/06/2025", "U2"),
        _episode("2", "01/01/2025", "U1"),
        _episode("3", "01/04/2025", "U2"),
        _episode("4", "01/01/2025", None),
        _episode("5", "01/01/2025", "U2"),
        _episode("6", "01/01/2025", "U2"),  # not in last year's extract
    ]
    x = extract(2026, previous=last_year, Episodes=this_year)
    assert flagged("503D", x) == {"Episodes": [3, 6]}


def test_h5_may_become_k3_in_2024_25_only() -> None:
    last_year = extract(2024, Episodes=[_episode("1", "01/01/2024", "H5")])
    this_year = [_episode("1", "01/01/2024", "K3")]
    assert flagged("503D", extract(2025, previous=last_year, Episodes=this_year)) == {}
    last_year = extract(2025, Episodes=[_episode("1", "01/01/2025", "H5")])
    this_year = [_episode("1", "01/01/2025", "K3")]
    assert flagged("503D", extract(2026, previous=last_year, Episodes=this_year)) == {
        "Episodes": [1]
    }


def test_z1_may_become_z11_to_z14_in_2025_26() -> None:
    last_year = extract(2025, Episodes=[_episode(c, "01/01/2025", "Z1") for c in "123"])
    this_year = [
        _episode("1", "01/01/2025", "Z11"),
        _episode("2", "01/01/2025", "Z14"),
        _episode("3", "01/01/2025", "K2"),
    ]
    x = extract(2026, previous=last_year, Episodes=this_year)
    assert flagged("503D", x) == {"Episodes": [3]}
