from tests.interop.ssda903.support import extract, flagged


def test_an_episode_ending_after_31_march_is_flagged() -> None:
    ends = ["31/03/2026", "01/04/2026", None, "32/03/2026"]
    x = extract(2026, Episodes=[{"CHILD": "1", "DECOM": "01/05/2025", "DEC": d} for d in ends])
    assert flagged("385", x) == {"Episodes": [2]}
