from tests.interop.ssda903.support import extract, flagged

EPISODES = [
    {"CHILD": "A", "RNE": "S", "DECOM": "01/04/2025"},  # the first day of the year
    {"CHILD": "B", "RNE": "S", "DECOM": "31/03/2025"},  # the day before the year
    {"CHILD": "C", "RNE": "S", "DECOM": "01/06/2025"},  # no PrevPerm row
    {"CHILD": "D", "RNE": "P", "DECOM": "01/06/2025"},
    {"CHILD": "E", "RNE": "S", "DECOM": "01/06/2025"},  # order without its date
    {"CHILD": "F", "RNE": "S", "DECOM": "01/06/2025"},  # no option given
    {"CHILD": "G", "RNE": "S", "DECOM": "01/06/2025"},
]


def test_a_child_starting_care_needs_previous_permanence_information() -> None:
    prev = [
        {"CHILD": "A", "PREV_PERM": "Z1"},
        {"CHILD": "E", "PREV_PERM": "P1", "LA_PERM": "202"},
        {"CHILD": "F", "PREV_PERM": None},
        {"CHILD": "G", "PREV_PERM": "P2", "LA_PERM": "202", "DATE_PERM": "ZZ/ZZ/2019"},
    ]
    x = extract(Episodes=EPISODES, PrevPerm=prev)
    assert flagged("630", x) == {"Episodes": [3, 5, 6]}


def test_nothing_is_flagged_when_prevperm_was_not_supplied() -> None:
    assert flagged("630", extract(Episodes=EPISODES)) == {}
