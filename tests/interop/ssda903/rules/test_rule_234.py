from tests.interop.ssda903.support import extract, flagged


def _episode(
    child: str, decom: str, dec: str | None, reason: str | None = None
) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": decom, "DEC": dec, "REASON_PLACE_CHANGE": reason}


def test_a_child_under_10_cannot_move_placement_into_custody() -> None:
    header = [
        {"CHILD": "1", "DOB": "15/06/2015"},
        {"CHILD": "2", "DOB": "15/06/2015"},
        {"CHILD": "3", "DOB": "15/06/2015"},
    ]
    rows = [
        # Custody the day before the 10th birthday: flagged.
        _episode("1", "01/05/2025", "14/06/2025", "CUSTOD"),
        _episode("1", "14/06/2025", None),
        # Custody on the 10th birthday: allowed.
        _episode("2", "01/05/2025", "15/06/2025", "CUSTOD"),
        _episode("2", "15/06/2025", None),
        # A placement started before 10 that ends in custody at 10: allowed.
        _episode("3", "01/05/2025", "01/07/2025", "CUSTOD"),
        _episode("3", "01/07/2025", None),
    ]
    x = extract(2026, Header=header, Episodes=rows)
    assert flagged("234", x) == {"Episodes": [1], "Header": [1]}


def test_the_last_episode_is_dated_by_its_end_and_other_reasons_are_allowed() -> None:
    header = [{"CHILD": "1", "DOB": "15/06/2016"}, {"CHILD": "2", "DOB": "15/06/2016"}]
    rows = [
        _episode("1", "01/05/2025", "01/06/2025", "CUSTOD"),
        _episode("2", "01/05/2025", "01/06/2025", "CARPL"),
    ]
    x = extract(2026, Header=header, Episodes=rows)
    assert flagged("234", x) == {"Episodes": [1], "Header": [1]}


def test_custod_on_an_open_episode_is_not_a_change_yet() -> None:
    header = [{"CHILD": "1", "DOB": "15/06/2016"}]
    x = extract(2026, Header=header, Episodes=[_episode("1", "01/05/2025", None, "CUSTOD")])
    assert flagged("234", x) == {}
