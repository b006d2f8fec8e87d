from tests.interop.ssda903.support import extract, flagged


def test_placements_outside_england_must_have_no_urn() -> None:
    rows = [
        {"CHILD": "1", "PL_LA": "NIR", "URN": "SC123456"},
        {"CHILD": "2", "PL_LA": "CON", "URN": None},
        {"CHILD": "3", "PL_LA": "W06000015", "URN": "XXXXXXX"},
        {"CHILD": "4", "PL_LA": "E10000014", "URN": "SC123456"},
        {"CHILD": "5", "PL_LA": None, "URN": "SC123456"},
    ]
    assert flagged("243", extract(2026, located=True, Episodes=rows)) == {"Episodes": [1, 3]}
