from tests.interop.ssda903.support import extract, flagged


def test_provider_pr0_can_only_go_with_placement_with_parents() -> None:
    rows = [
        {"CHILD": "1", "PLACE": "P1", "PLACE_PROVIDER": "PR0"},
        {"CHILD": "2", "PLACE": "U1", "PLACE_PROVIDER": "PR0"},
        {"CHILD": "3", "PLACE": None, "PLACE_PROVIDER": "PR0"},
        {"CHILD": "4", "PLACE": "U1", "PLACE_PROVIDER": "PR1"},
        {"CHILD": "5", "PLACE": "U1", "PLACE_PROVIDER": None},
    ]
    assert flagged("550", extract(Episodes=rows)) == {"Episodes": [2, 3]}
