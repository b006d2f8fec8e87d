from tests.interop.ssda903.support import extract, flagged


def test_a_transfer_to_adult_care_before_the_16th_birthday_is_flagged() -> None:
    x = extract(
        Header=[{"CHILD": c, "DOB": "10/06/2009"} for c in "123"],
        Episodes=[
            {"CHILD": "1", "DEC": "09/06/2025", "REC": "E7"},  # the day before
            {"CHILD": "2", "DEC": "10/06/2025", "REC": "E7"},  # on the birthday
            {"CHILD": "3", "DEC": "01/05/2025", "REC": "E8"},
        ],
    )
    assert flagged("389", x) == {"Episodes": [1]}


def test_an_unknown_age_or_end_date_is_not_flagged() -> None:
    x = extract(
        Header=[{"CHILD": "1", "DOB": "10/06/2015"}, {"CHILD": "2", "DOB": None}],
        Episodes=[
            {"CHILD": "1", "DEC": None, "REC": "E7"},
            {"CHILD": "2", "DEC": "01/05/2025", "REC": "E7"},
        ],
    )
    assert flagged("389", x) == {}
