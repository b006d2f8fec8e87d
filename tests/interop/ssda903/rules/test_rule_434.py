from tests.interop.ssda903.support import extract, flagged


def _episode(
    child: str, decom: str, rne: str, ls: str | None, post: str = "AB1 0JD", urn: str | None = None
) -> dict[str, str | None]:
    return {
        "CHILD": child,
        "DECOM": decom,
        "RNE": rne,
        "LS": ls,
        "PLACE": "U1",
        "PLACE_PROVIDER": "PR1",
        "PL_POST": post,
        "URN": urn,
    }


def test_a_legal_status_change_must_change_the_status_and_keep_the_placement() -> None:
    rows = [
        _episode("1", "01/05/2025", "S", "C1"),
        _episode("1", "01/06/2025", "L", "C2"),  # fine
        _episode("1", "01/07/2025", "L", "C2"),  # same status
        _episode("2", "01/05/2025", "S", "C1"),
        _episode("2", "01/06/2025", "L", "C2", post="CD2 1EF"),  # placement moved
        _episode("3", "01/05/2025", "S", "C1", urn="SC1"),
        _episode("3", "01/06/2025", "L", "C2", urn=None),  # URN changed
        _episode("4", "01/05/2025", "L", "C2"),  # first episode: not checked
    ]
    assert flagged("434", extract(Episodes=rows)) == {"Episodes": [3, 5, 7]}


def test_blank_legal_statuses_count_as_unchanged_and_postcodes_ignore_spaces() -> None:
    rows = [
        _episode("1", "01/05/2025", "S", None),
        _episode("1", "01/06/2025", "L", None),
        _episode("2", "01/05/2025", "S", "C1", post="ab10jd"),
        _episode("2", "01/06/2025", "L", "C2"),
    ]
    assert flagged("434", extract(Episodes=rows)) == {"Episodes": [2]}
