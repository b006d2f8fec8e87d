from tests.interop.ssda903.support import extract, flagged


def test_home_and_placement_postcodes_differ_unless_placed_with_parents() -> None:
    rows = [
        {"CHILD": "1", "PLACE": "U1", "HOME_POST": "BN2 0AB", "PL_POST": "BN2 0AB"},
        {"CHILD": "2", "PLACE": "P1", "HOME_POST": "BN2 0AB", "PL_POST": "BN2 0AB"},
        {"CHILD": "3", "PLACE": "U1", "HOME_POST": "BN2 0AB", "PL_POST": "BN2 0AC"},
        {"CHILD": "4", "PLACE": "U1", "HOME_POST": "bn20ab", "PL_POST": "BN2 0AB"},
        {"CHILD": "5", "PLACE": None, "HOME_POST": "BN2 0AB", "PL_POST": "BN2 0AB"},
        {"CHILD": "6", "PLACE": "U1", "HOME_POST": None, "PL_POST": None},
    ]
    assert flagged("392d", extract(Episodes=rows)) == {"Episodes": [1, 4, 5]}
