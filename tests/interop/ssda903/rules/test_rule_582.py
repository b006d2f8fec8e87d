from tests.interop.ssda903.support import extract, flagged


def test_adoption_should_not_be_the_day_of_the_match() -> None:
    episodes = [
        {"CHILD": "A", "REC": "E11", "DEC": "01/02/2026"},
        {"CHILD": "B", "REC": "E12", "DEC": "01/02/2026"},
        {"CHILD": "C", "REC": "E13", "DEC": "01/02/2026"},
        {"CHILD": "D", "REC": "E11", "DEC": "1/2/2026"},
    ]
    ad1 = [
        {"CHILD": "A", "DATE_MATCH": "01/02/2026"},
        {"CHILD": "B", "DATE_MATCH": "31/01/2026"},  # the day before
        {"CHILD": "C", "DATE_MATCH": "01/02/2026"},  # not adopted
        {"CHILD": "D", "DATE_MATCH": "01/02/2026"},  # the same day, written differently
    ]
    x = extract(Episodes=episodes, AD1=ad1)
    assert flagged("582", x) == {"Episodes": [1, 4]}
