from tests.interop.ssda903.support import extract, flagged


def test_independent_living_before_the_14th_birthday_is_flagged() -> None:
    x = extract(
        Header=[{"CHILD": c, "DOB": "10/06/2011"} for c in "1234"],
        Episodes=[
            {"CHILD": "1", "DEC": "09/06/2025", "REC": "E5"},  # the day before
            {"CHILD": "2", "DEC": "10/06/2025", "REC": "E6"},  # on the birthday
            {"CHILD": "3", "DEC": "01/05/2025", "REC": "E4A"},
            {"CHILD": "4", "DEC": "31/04/2025", "REC": "E6"},  # unreadable end
        ],
    )
    assert flagged("387", x) == {"Episodes": [1]}


def test_a_child_with_no_known_date_of_birth_is_not_flagged() -> None:
    x = extract(
        Header=[{"CHILD": "1", "DOB": None}],
        Episodes=[
            {"CHILD": "1", "DEC": "01/05/2025", "REC": "E5"},
            {"CHILD": "2", "DEC": "01/05/2025", "REC": "E6"},
        ],
    )
    assert flagged("387", x) == {}
