from tests.interop.ssda903.support import extract, flagged

COMPLETE = {
    "DATE_INT": "01/05/2025",
    "DATE_MATCH": "01/08/2025",
    "FOSTER_CARE": "0",
    "NB_ADOPTR": "2",
    "SEX_ADOPTR": "MF",
    "LS_ADOPTR": "L11",
}
EPISODES = [
    {"CHILD": "A", "REC": "E11", "DEC": "31/03/2026"},  # the last day of the year
    {"CHILD": "B", "REC": "E12", "DEC": "01/04/2025"},  # the first day of the year
    {"CHILD": "C", "REC": "E11", "DEC": "31/03/2025"},  # the day before the year
    {"CHILD": "D", "REC": "E11", "DEC": "01/06/2025"},  # no AD1 row
    {"CHILD": "E", "REC": "E13", "DEC": "01/06/2025"},  # not adopted
    {"CHILD": "F", "REC": "E11", "DEC": "01/04/2026"},  # the day after the year
]


def test_a_child_adopted_during_the_year_needs_every_ad1_item() -> None:
    ad1 = [
        {"CHILD": "A", **COMPLETE},
        {"CHILD": "B", **COMPLETE, "SEX_ADOPTR": None},
        {"CHILD": "C", "FOSTER_CARE": "1"},
        {"CHILD": "E", "FOSTER_CARE": "1"},
    ]
    x = extract(Episodes=EPISODES, AD1=ad1)
    assert flagged("601", x) == {"AD1": [2], "Episodes": [2, 4]}


def test_no_ad1_table_means_nothing_to_check() -> None:
    assert flagged("601", extract(Episodes=EPISODES)) == {}
