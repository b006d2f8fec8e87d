from tests.interop.ssda903.support import extract, flagged


def test_an_episode_starting_after_31_march_is_flagged() -> None:
    starts = ["31/03/2026", "01/04/2026", "01/04/2025", "31/04/2026", None]
    x = extract(2026, Episodes=[{"CHILD": "1", "DECOM": d} for d in starts])
    assert flagged("354", x) == {"Episodes": [2]}


def test_the_limit_is_the_end_of_the_extracts_own_year() -> None:
    x = extract(2024, Episodes=[{"CHILD": "1", "DECOM": "01/04/2024"}])
    assert flagged("354", x) == {"Episodes": [1]}
