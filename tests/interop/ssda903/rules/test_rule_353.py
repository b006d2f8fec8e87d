from tests.interop.ssda903.support import extract, flagged


def test_an_episode_starting_before_14_october_1991_is_flagged() -> None:
    starts = ["13/10/1991", "14/10/1991", "01/01/1890", "15/10/1991", None]
    x = extract(Episodes=[{"CHILD": "1", "DECOM": d} for d in starts])
    assert flagged("353", x) == {"Episodes": [1, 3]}
