from tests.interop.ssda903.support import extract, flagged


def test_ad1_data_needs_an_adoption_during_the_year() -> None:
    episodes = [
        {"CHILD": "A", "REC": "E11", "DEC": "31/03/2026"},
        {"CHILD": "B", "REC": "E11", "DEC": "01/04/2026"},  # adopted after the year
        {"CHILD": "C", "REC": "E13", "DEC": "01/06/2025"},  # not adopted
        {"CHILD": "D", "REC": "E12", "DEC": None},
    ]
    ad1 = [
        {"CHILD": "A", "DATE_INT": "01/05/2025"},
        {"CHILD": "B", "DATE_INT": "01/05/2025"},
        {"CHILD": "C", "NB_ADOPTR": "1"},
        {"CHILD": "D", "DATE_MATCH": "bad"},
        {"CHILD": "E", "LS_ADOPTR": "L0"},  # no episodes
        {"CHILD": "F"},  # nothing filled in
    ]
    x = extract(Episodes=episodes, AD1=ad1)
    assert flagged("602", x) == {"AD1": [2, 3, 4, 5]}


def test_nothing_is_flagged_when_episodes_were_not_supplied() -> None:
    x = extract(AD1=[{"CHILD": "A", "DATE_INT": "01/05/2025"}])
    assert flagged("602", x) == {}
