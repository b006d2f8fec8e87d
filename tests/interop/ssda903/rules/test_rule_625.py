from tests.interop.ssda903.support import extract, flagged


def _ep(child: str, start: str, end: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "DEC": end}


def test_a_first_childs_birth_after_care_ceased_or_the_year_ended_is_flagged() -> None:
    x = extract(
        2026,
        Header=[
            {"CHILD": "1", "MC_DOB": "02/09/2025"},  # a day after care ceased
            {"CHILD": "2", "MC_DOB": "01/09/2025"},  # on the day
            {"CHILD": "3", "MC_DOB": "01/04/2026"},  # after the year, still in care
            {"CHILD": "4", "MC_DOB": "31/03/2026"},
            {"CHILD": "5", "MC_DOB": "01/08/2025"},  # after an X1 change, still in care
            {"CHILD": "6", "MC_DOB": None},
        ],
        Episodes=[
            _ep("1", "01/05/2025", "01/09/2025"),
            _ep("2", "01/05/2025", "01/09/2025"),
            _ep("3", "01/05/2025", None),
            _ep("4", "01/05/2025", None),
            _ep("5", "01/05/2025", "01/07/2025"),
            _ep("5", "01/07/2025", None),
            _ep("6", "01/05/2025", "01/06/2025"),
        ],
    )
    assert flagged("625", x) == {"Episodes": [1, 3], "Header": [1, 3]}


def test_when_care_has_ended_the_last_end_date_decides() -> None:
    x = extract(
        2026,
        Header=[{"CHILD": "1", "MC_DOB": "01/08/2025"}, {"CHILD": "2", "MC_DOB": "01/08/2025"}],
        Episodes=[
            _ep("1", "01/05/2025", "01/09/2025"),  # ended last: the birth is before it
            _ep("1", "01/06/2025", "01/07/2025"),
            _ep("2", "01/05/2025", "01/07/2025"),  # ended last: the birth is after it
            _ep("2", "01/06/2025", "31/06/2025"),  # unreadable end: not counted
        ],
    )
    assert flagged("625", x) == {"Episodes": [3], "Header": [2]}
