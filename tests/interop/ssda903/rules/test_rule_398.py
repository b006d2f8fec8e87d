from tests.interop.ssda903.support import extract, flagged


def test_a_short_break_must_have_no_postcodes() -> None:
    rows = [
        {"CHILD": "1", "LS": "V3", "HOME_POST": "AB1 0JD", "PL_POST": None},
        {"CHILD": "2", "LS": "V4", "HOME_POST": None, "PL_POST": "AB1 0JD"},
        {"CHILD": "3", "LS": "V3", "HOME_POST": None, "PL_POST": None},
        {"CHILD": "4", "LS": "C2", "HOME_POST": "AB1 0JD", "PL_POST": "AB1 0JE"},
    ]
    assert flagged("398", extract(Episodes=rows)) == {"Episodes": [1, 2]}
