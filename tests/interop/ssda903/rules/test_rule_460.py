from tests.interop.ssda903.support import extract, flagged


def test_staying_put_before_the_18th_birthday_is_flagged() -> None:
    x = extract(
        Header=[{"CHILD": c, "DOB": None if c == "5" else "10/06/2007"} for c in "12345"],
        Episodes=[
            {"CHILD": "1", "DEC": "09/06/2025", "REC": "E17"},  # the day before
            {"CHILD": "2", "DEC": "10/06/2025", "REC": "E17"},  # on the birthday
            {"CHILD": "3", "DEC": "09/06/2025", "REC": "E8"},
            {"CHILD": "4", "DEC": None, "REC": "E17"},
            {"CHILD": "5", "DEC": "09/06/2025", "REC": "E17"},
        ],
    )
    assert flagged("460", x) == {"Episodes": [1]}
