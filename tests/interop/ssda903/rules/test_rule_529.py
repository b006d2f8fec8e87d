from tests.interop.ssda903.support import extract, flagged


def test_provider_pr3_cannot_go_with_these_placements() -> None:
    rows = [
        {"CHILD": "cP1", "PLACE": "P1", "PLACE_PROVIDER": "PR3"},
        {"CHILD": "cA3", "PLACE": "A3", "PLACE_PROVIDER": "PR3"},
        {"CHILD": "cA6", "PLACE": "A6", "PLACE_PROVIDER": "PR3"},
        {"CHILD": "cK1", "PLACE": "K1", "PLACE_PROVIDER": "PR3"},
        {"CHILD": "cK2", "PLACE": "K2", "PLACE_PROVIDER": "PR3"},
        {"CHILD": "cU1", "PLACE": "U1", "PLACE_PROVIDER": "PR3"},
        {"CHILD": "cU6", "PLACE": "U6", "PLACE_PROVIDER": "PR3"},
        {"CHILD": "ok", "PLACE": "R2", "PLACE_PROVIDER": "PR3"},
        {"CHILD": "other", "PLACE": "P1", "PLACE_PROVIDER": "PR0"},
        {"CHILD": "blank", "PLACE": None, "PLACE_PROVIDER": "PR3"},
    ]
    assert flagged("529", extract(Episodes=rows)) == {"Episodes": [1, 2, 3, 4, 5, 6, 7]}
