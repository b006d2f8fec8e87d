from tests.interop.ssda903.support import extract, flagged


def test_reason_for_new_episode_must_be_a_903_code() -> None:
    rnes = ["S", "L", "P", "T", "B", "U", "X", None]
    x = extract(Episodes=[{"CHILD": "1", "DECOM": "01/05/2025", "RNE": r} for r in rnes])
    assert flagged("143", x) == {"Episodes": [7, 8]}
