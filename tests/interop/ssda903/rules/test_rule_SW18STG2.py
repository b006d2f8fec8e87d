from tests.interop.ssda903.support import extract, flagged


def test_the_end_must_be_after_the_start() -> None:
    pairs = [
        ("01/05/2025", "02/05/2025"),
        ("01/05/2025", "01/05/2025"),
        ("01/05/2025", "30/04/2025"),
        ("01/05/2025", None),
        (None, "01/05/2025"),
    ]
    x = extract(2026, SWEpisodes=[{"CHILD": "1", "SW_DECOM": s, "SW_DEC": e} for s, e in pairs])
    assert flagged("SW18STG2", x) == {"SWEpisodes": [2, 3]}
