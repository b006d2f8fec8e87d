from tests.interop.ssda903.support import extract, flagged


def test_provider_pr4_cannot_go_with_these_placements() -> None:
    rows = [
        {"CHILD": "cP1", "PLACE": "P1", "PLACE_PROVIDER": "PR4"},
        {"CHILD": "ok", "PLACE": "U1", "PLACE_PROVIDER": "PR4"},
        {"CHILD": "other", "PLACE": "P1", "PLACE_PROVIDER": "PR0"},
        {"CHILD": "blank", "PLACE": None, "PLACE_PROVIDER": "PR4"},
    ]
    assert flagged("530", extract(Episodes=rows)) == {"Episodes": [1]}
