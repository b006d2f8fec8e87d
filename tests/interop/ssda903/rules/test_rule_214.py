from tests.interop.ssda903.support import extract, flagged


def test_short_breaks_must_have_no_placement_postcode_or_urn() -> None:
    rows = [
        {"CHILD": "1", "LS": "V3", "PL_POST": "M2 3RT", "URN": None},
        {"CHILD": "2", "LS": "V4", "PL_POST": None, "URN": "SC123456"},
        {"CHILD": "3", "LS": "V3", "PL_POST": None, "URN": None},
        {"CHILD": "4", "LS": "C2", "PL_POST": "M2 3RT", "URN": "SC123456"},
    ]
    assert flagged("214", extract(Episodes=rows)) == {"Episodes": [1, 2]}
