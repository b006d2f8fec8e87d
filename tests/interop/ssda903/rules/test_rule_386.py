from tests.interop.ssda903.support import extract, flagged


def test_an_adoption_on_or_after_the_18th_birthday_is_flagged() -> None:
    x = extract(
        Header=[{"CHILD": c, "DOB": "10/06/2007"} for c in "1234"],
        Episodes=[
            {"CHILD": "1", "DEC": "09/06/2025", "REC": "E11"},  # the day before
            {"CHILD": "2", "DEC": "10/06/2025", "REC": "E12"},  # on the birthday
            {"CHILD": "3", "DEC": "10/07/2025", "REC": "E13"},
            {"CHILD": "4", "DEC": None, "REC": "E11"},
        ],
    )
    assert flagged("386", x) == {"Episodes": [2]}
