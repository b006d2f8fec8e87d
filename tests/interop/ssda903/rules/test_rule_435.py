from tests.interop.ssda903.support import extract, flagged


def _episode(
    child: str, decom: str, rne: str, ls: str | None, place: str = "U1", provider: str = "PR1"
) -> dict[str, str | None]:
    return {
        "CHILD": child,
        "DECOM": decom,
        "RNE": rne,
        "LS": ls,
        "PLACE": place,
        "PLACE_PROVIDER": provider,
        "PL_POST": "AB1 0JD",
        "URN": None,
    }


def test_a_placement_change_must_change_the_placement_and_keep_the_legal_status() -> None:
    rows = [
        _episode("1", "01/05/2025", "S", "C2"),
        _episode("1", "01/06/2025", "P", "C2", place="U4"),  # fine
        _episode("1", "01/07/2025", "T", "C2", place="U4", provider="PR4"),  # fine
        _episode("1", "01/08/2025", "P", "C2", place="U4", provider="PR4"),  # nothing changed
        _episode("2", "01/05/2025", "S", "C1"),
        _episode("2", "01/06/2025", "P", "C2", place="U4"),  # legal status changed
        _episode("3", "01/06/2025", "P", "C2"),  # first episode: not checked
    ]
    assert flagged("435", extract(Episodes=rows)) == {"Episodes": [4, 6]}


def test_blank_values_on_both_sides_count_as_unchanged() -> None:
    rows = [
        _episode("1", "01/05/2025", "S", None),
        _episode("1", "01/06/2025", "P", None, place="U4"),
    ]
    assert flagged("435", extract(Episodes=rows)) == {}
