from tests.interop.ssda903.support import extract, flagged


def test_previous_permanence_only_for_care_started_from_1_april_2016() -> None:
    episodes = [
        {"CHILD": "A", "DECOM": "31/03/2016"},  # the day before
        {"CHILD": "A", "DECOM": "01/01/2010"},
        {"CHILD": "B", "DECOM": "01/04/2016"},  # the day itself
        {"CHILD": "C", "DECOM": "01/01/2010"},
    ]
    prev = [
        {"CHILD": "A", "PREV_PERM": "Z1"},
        {"CHILD": "B", "PREV_PERM": "P1"},
        {"CHILD": "C"},  # nothing filled in
        {"CHILD": "D", "PREV_PERM": "Z1"},  # no episodes
    ]
    x = extract(Episodes=episodes, PrevPerm=prev)
    assert flagged("634", x) == {"Episodes": [1, 2], "PrevPerm": [1]}


def test_care_started_in_an_earlier_collection_year_is_fine() -> None:
    x = extract(
        2026,
        Episodes=[{"CHILD": "A", "DECOM": "01/06/2019"}],
        PrevPerm=[{"CHILD": "A", "PREV_PERM": "Z1"}],
    )
    assert flagged("634", x) == {}
