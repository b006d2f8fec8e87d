from tests.interop.ssda903.support import extract, flagged


def test_a_special_guardianship_order_from_the_18th_birthday_is_flagged() -> None:
    x = extract(
        Header=[{"CHILD": c, "DOB": "10/06/2007"} for c in "1234"],
        Episodes=[
            {"CHILD": "1", "DEC": "09/06/2025", "REC": "E45"},  # the day before
            {"CHILD": "2", "DEC": "10/06/2025", "REC": "E46"},  # on the birthday
            {"CHILD": "3", "DEC": "11/06/2025", "REC": "E48"},
            {"CHILD": "4", "DEC": "11/06/2025", "REC": "E17"},
        ],
    )
    assert flagged("407", x) == {"Episodes": [2, 3], "Header": [2, 3]}
