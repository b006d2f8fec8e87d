from tests.interop.ssda903.support import extract, flagged


def test_an_end_date_that_is_not_a_real_date_is_flagged() -> None:
    ends = ["30/06/2025", "29/02/2025", "June 2025", None]
    x = extract(Episodes=[{"CHILD": "1", "DECOM": "01/05/2025", "DEC": d} for d in ends])
    assert flagged("147", x) == {"Episodes": [2, 3]}


def test_a_blank_end_date_is_an_open_episode_and_passes() -> None:
    x = extract(Episodes=[{"CHILD": "1", "DECOM": "01/05/2025", "DEC": None}])
    assert flagged("147", x) == {}
