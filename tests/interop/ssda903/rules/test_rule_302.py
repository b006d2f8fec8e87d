from tests.interop.ssda903.support import extract, flagged


def test_a_first_episode_before_the_birth_is_flagged() -> None:
    x = extract(
        Header=[
            {"CHILD": "1", "DOB": "10/06/2025"},
            {"CHILD": "2", "DOB": "10/06/2025"},
            {"CHILD": "3", "DOB": None},
        ],
        Episodes=[
            {"CHILD": "1", "DECOM": "12/06/2025"},
            {"CHILD": "1", "DECOM": "09/06/2025"},  # the first, a day before the birth
            {"CHILD": "2", "DECOM": "10/06/2025"},  # on the day of birth
            {"CHILD": "3", "DECOM": "01/05/2025"},
        ],
    )
    assert flagged("302", x) == {"Episodes": [2], "Header": [1]}


def test_only_the_first_episode_is_compared() -> None:
    x = extract(
        Header=[{"CHILD": "1", "DOB": "10/06/2025"}],
        Episodes=[
            {"CHILD": "1", "DECOM": "31/04/2025"},  # unreadable: not a first episode
            {"CHILD": "1", "DECOM": "11/06/2025"},
        ],
    )
    assert flagged("302", x) == {}
