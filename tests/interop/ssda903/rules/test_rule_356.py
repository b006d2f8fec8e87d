from tests.interop.ssda903.support import extract, flagged


def test_an_episode_ending_before_it_starts_is_flagged() -> None:
    rows = [
        ("01/05/2025", "30/04/2025"),
        ("01/05/2025", "01/05/2025"),
        ("01/05/2025", None),
        ("01/05/2025", "31/04/2025"),
    ]
    x = extract(Episodes=[{"CHILD": "1", "DECOM": s, "DEC": e} for s, e in rows])
    assert flagged("356", x) == {"Episodes": [1]}
