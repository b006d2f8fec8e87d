from tests.interop.ssda903.support import extract, flagged


def test_provider_pr2_cannot_go_with_these_placements() -> None:
    rows = [
        {"CHILD": "cP1", "PLACE": "P1", "PLACE_PROVIDER": "PR2"},
        {"CHILD": "cR2", "PLACE": "R2", "PLACE_PROVIDER": "PR2"},
        {"CHILD": "cR5", "PLACE": "R5", "PLACE_PROVIDER": "PR2"},
        {"CHILD": "ok", "PLACE": "K2", "PLACE_PROVIDER": "PR2"},
        {"CHILD": "other", "PLACE": "P1", "PLACE_PROVIDER": "PR0"},
        {"CHILD": "blank", "PLACE": None, "PLACE_PROVIDER": "PR2"},
    ]
    assert flagged("528", extract(Episodes=rows)) == {"Episodes": [1, 2, 3]}
