from tests.interop.ssda903.support import extract, flagged


def _episode(
    child: str, decom: str, dec: str | None, distance: str | None, rne: str = "S"
) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": decom, "DEC": dec, "RNE": rne, "PL_DISTANCE": distance}


def test_the_distance_of_an_episode_carried_over_must_not_change_by_0_2_miles() -> None:
    last_year = extract(
        2025,
        located=True,
        Episodes=[
            _episode("1", "01/01/2025", None, "10.0"),
            _episode("2", "01/01/2025", None, "10.0"),
            _episode("3", "01/01/2025", "01/02/2025", "10.0"),
            _episode("4", "01/01/2025", None, None),
            _episode("5", "01/01/2025", None, "10.0", rne="P"),
        ],
    )
    this_year = [
        _episode("1", "01/01/2025", None, "10.1"),  # under 0.2 miles
        _episode("2", "01/01/2025", None, "10.2"),  # 0.2 miles
        _episode("3", "01/04/2025", None, "20.0"),  # ended last year
        _episode("4", "01/01/2025", None, "20.0"),  # no distance last year
        _episode("5", "01/01/2025", None, "20.0"),  # another RNE
    ]
    x = extract(2026, previous=last_year, located=True, Episodes=this_year)
    assert flagged("453", x) == {"Episodes": [2]}
