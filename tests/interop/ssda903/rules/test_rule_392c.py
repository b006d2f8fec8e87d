from tests.interop.ssda903.support import extract, flagged


def _episode(
    home: str | None, placed: str | None, la: str | None, distance: str | None
) -> dict[str, str | None]:
    return {
        "CHILD": "1",
        "HOME_POST": home,
        "PL_POST": placed,
        "PL_LA": la,
        "PL_DISTANCE": distance,
    }


def test_postcodes_must_be_found_in_the_postcode_directory() -> None:
    rows = [
        _episode("AB1 0JD", "AB1 0JE", "E10000014", "0.4"),
        _episode("AB1 0JD", "ZZ9 9ZZ", None, None),  # placement postcode unknown
        _episode("ZZ9 9ZZ", "AB1 0JE", "E10000014", None),  # home postcode unknown
        _episode(None, "AB1 0JE", "E10000014", None),
        _episode(None, None, None, None),
    ]
    assert flagged("392c", extract(located=True, Episodes=rows)) == {"Episodes": [2, 3]}


def test_postcodes_not_shaped_like_a_postcode_are_invalid() -> None:
    rows = [_episode("invalid", None, None, None), _episode("ab10jd", None, None, None)]
    assert flagged("392c", extract(located=True, Episodes=rows)) == {"Episodes": [1]}
