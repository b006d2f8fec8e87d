from tests.interop.ssda903.support import extract, flagged


def test_placeholder_urn_only_for_adoption_or_foster_placements() -> None:
    rows = [
        {"CHILD": "1", "URN": "XXXXXXX", "PLACE": "A3"},
        {"CHILD": "2", "URN": "XXXXXXX", "PLACE": "U6"},
        {"CHILD": "3", "URN": "XXXXXXX", "PLACE": "K3"},
        {"CHILD": "4", "URN": "XXXXXXX", "PLACE": None},
        {"CHILD": "5", "URN": "SC123456", "PLACE": "K3"},
    ]
    assert flagged("242", extract(2026, Episodes=rows)) == {"Episodes": [3, 4]}
