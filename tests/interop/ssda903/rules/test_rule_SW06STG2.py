from tests.interop.ssda903.support import extract, flagged


def test_an_episode_may_start_on_31_march_but_not_after() -> None:
    starts = ["31/03/2026", "01/04/2026", "01/04/2020", None]
    x = extract(2026, SWEpisodes=[{"CHILD": "1", "SW_DECOM": s} for s in starts])
    assert flagged("SW06STG2", x) == {"SWEpisodes": [2]}
