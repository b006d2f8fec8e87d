from tests.interop.ssda903.support import extract, flagged


def test_a_mother_last_year_recorded_otherwise_this_year_is_flagged() -> None:
    last = extract(
        2025,
        Header=[
            {"CHILD": "1", "MOTHER": "1"},
            {"CHILD": "2", "MOTHER": "1"},
            {"CHILD": "3", "MOTHER": "1"},
            {"CHILD": "4", "MOTHER": "0"},
            {"CHILD": "5", "MOTHER": None},
            {"CHILD": "6", "MOTHER": "1"},
        ],
    )
    x = extract(
        2026,
        previous=last,
        Header=[
            {"CHILD": "1", "MOTHER": "1"},
            {"CHILD": "2", "MOTHER": "0"},
            {"CHILD": "3", "MOTHER": None},
            {"CHILD": "4", "MOTHER": "1"},
            {"CHILD": "5", "MOTHER": "0"},
            {"CHILD": "6", "MOTHER": "0"},  # no episodes this year
        ],
        Episodes=[{"CHILD": c, "DECOM": "01/05/2025"} for c in "12345"],
    )
    assert flagged("207", x) == {"Header": [2, 3]}
