from tests.interop.ssda903.support import extract, flagged


def test_an_episode_of_a_child_missing_from_the_header_is_flagged() -> None:
    x = extract(
        Header=[{"CHILD": "1"}, {"CHILD": "2"}],
        Episodes=[{"CHILD": "1"}, {"CHILD": "3"}, {"CHILD": "2"}, {"CHILD": "3"}],
    )
    assert flagged("INT03", x) == {"Episodes": [2, 4]}


def test_nothing_is_flagged_when_no_header_table_was_loaded() -> None:
    x = extract(Episodes=[{"CHILD": "1"}])
    assert flagged("INT03", x) == {}
