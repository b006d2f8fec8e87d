from tests.interop.ssda903.support import extract, flagged


def test_provider_pr1_cannot_go_with_these_placements() -> None:
    rows = [
        {"CHILD": "cP1", "PLACE": "P1", "PLACE_PROVIDER": "PR1"},
        {"CHILD": "cR2", "PLACE": "R2", "PLACE_PROVIDER": "PR1"},
        {"CHILD": "cR5", "PLACE": "R5", "PLACE_PROVIDER": "PR1"},
        {"CHILD": "ok", "PLACE": "U1", "PLACE_PROVIDER": "PR1"},
        {"CHILD": "other", "PLACE": "P1", "PLACE_PROVIDER": "PR0"},
        {"CHILD": "blank", "PLACE": None, "PLACE_PROVIDER": "PR1"},
    ]
    assert flagged("527", extract(Episodes=rows)) == {"Episodes": [1, 2, 3]}
