from tests.interop.ssda903.support import extract, flagged


def test_a_looked_after_girl_without_mother_is_flagged_from_2024_25() -> None:
    x = extract(
        2026,
        Header=[
            {"CHILD": "1", "SEX": "F", "MOTHER": None},
            {"CHILD": "2", "SEX": "F", "MOTHER": "0"},
            {"CHILD": "3", "SEX": "M", "MOTHER": None},
            {"CHILD": "4", "SEX": "F", "MOTHER": None},  # short breaks only
            {"CHILD": "5", "SEX": "F", "MOTHER": None},  # blank legal status
            {"CHILD": "6", "SEX": "2", "MOTHER": None},  # the old code
        ],
        Episodes=[
            {"CHILD": "1", "LS": "C2"},
            {"CHILD": "2", "LS": "C2"},
            {"CHILD": "3", "LS": "C2"},
            {"CHILD": "4", "LS": "V3"},
            {"CHILD": "5", "LS": None},
            {"CHILD": "6", "LS": "C2"},
        ],
    )
    assert flagged("393", x) == {"Header": [1, 5]}


def test_girls_were_coded_2_until_2023_24() -> None:
    x = extract(
        2024,
        Header=[
            {"CHILD": "1", "SEX": "2", "MOTHER": None},
            {"CHILD": "2", "SEX": "F", "MOTHER": None},
        ],
        Episodes=[{"CHILD": "1", "LS": "C1"}, {"CHILD": "2", "LS": "C1"}],
    )
    assert flagged("393", x) == {"Header": [1]}
