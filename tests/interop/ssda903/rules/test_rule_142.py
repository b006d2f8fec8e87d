from tests.interop.ssda903.support import extract, flagged


def test_an_earlier_episode_left_open_is_flagged() -> None:
    x = extract(
        Episodes=[
            {"CHILD": "1", "DECOM": "01/05/2025", "DEC": "01/06/2025", "REC": "X1"},
            {"CHILD": "1", "DECOM": "01/06/2025", "DEC": "01/07/2025", "REC": None},
            {"CHILD": "1", "DECOM": "01/07/2025", "DEC": None, "REC": "X1"},
            {"CHILD": "1", "DECOM": "01/08/2025", "DEC": None, "REC": None},
        ]
    )
    assert flagged("142", x) == {"Episodes": [2, 3]}


def test_the_latest_episode_may_be_open_whatever_the_file_order() -> None:
    x = extract(
        Episodes=[
            {"CHILD": "1", "DECOM": "01/08/2025", "DEC": None, "REC": None},
            {"CHILD": "1", "DECOM": "01/05/2025", "DEC": "01/08/2025", "REC": "X1"},
            {"CHILD": "2", "DECOM": "01/05/2025", "DEC": None, "REC": None},
        ]
    )
    assert flagged("142", x) == {}


def test_an_episode_with_an_unreadable_start_is_not_taken_as_the_latest() -> None:
    x = extract(
        Episodes=[
            {"CHILD": "1", "DECOM": "01/05/2025", "DEC": None, "REC": None},
            {"CHILD": "1", "DECOM": "31/04/2025", "DEC": None, "REC": None},
        ]
    )
    assert flagged("142", x) == {}
