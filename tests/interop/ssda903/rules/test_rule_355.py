from tests.interop.ssda903.support import extract, flagged


def test_an_episode_ending_on_the_day_it_started_is_flagged() -> None:
    rows = [
        ("01/05/2025", "01/05/2025"),
        ("01/05/2025", "02/05/2025"),
        ("1/5/2025", "01/05/2025"),  # the same day, written differently
        ("01/05/2025", None),
        (None, None),
    ]
    x = extract(Episodes=[{"CHILD": "1", "DECOM": s, "DEC": e} for s, e in rows])
    assert flagged("355", x) == {"Episodes": [1, 3]}
