from tests.interop.ssda903.support import extract, flagged


def test_provider_pr5_cannot_go_with_these_placements() -> None:
    rows = [
        {"CHILD": "cP1", "PLACE": "P1", "PLACE_PROVIDER": "PR5"},
        {"CHILD": "ok", "PLACE": "K2", "PLACE_PROVIDER": "PR5"},
        {"CHILD": "other", "PLACE": "P1", "PLACE_PROVIDER": "PR0"},
        {"CHILD": "blank", "PLACE": None, "PLACE_PROVIDER": "PR5"},
    ]
    assert flagged("531", extract(Episodes=rows)) == {"Episodes": [1]}
