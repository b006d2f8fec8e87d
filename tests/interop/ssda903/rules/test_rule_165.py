from tests.interop.ssda903.support import extract, flagged

IN_YEAR = {"DECOM": "01/01/2024", "RNE": "S", "LS": "C2"}
BEFORE_YEAR = {"DECOM": "01/01/2023", "DEC": "31/03/2025", "RNE": "S", "LS": "C2", "REC": "E8"}
SHORT_BREAK = {"DECOM": "01/06/2025", "DEC": "03/06/2025", "RNE": "S", "LS": "V3", "REC": "E8"}


def test_mother_status_is_checked_against_sex_and_care_from_2024_25() -> None:
    header = [
        ("1", "M", None, IN_YEAR),
        ("2", "F", "0", IN_YEAR),
        ("3", "F", "1", IN_YEAR),
        ("4", "F", None, IN_YEAR),  # a girl looked after: must be given
        ("5", "F", "2", IN_YEAR),  # not a code
        ("6", "M", "1", IN_YEAR),  # a boy
        ("7", "F", "1", BEFORE_YEAR),  # a care leaver no longer looked after
        ("8", "F", None, BEFORE_YEAR),
        ("9", "F", None, SHORT_BREAK),  # short breaks only: not checked
        ("10", "F", None, None),  # no episodes: not checked
        ("11", "F", "1", BEFORE_YEAR),  # blank OC3 row
    ]
    x = extract(
        2026,
        Header=[{"CHILD": c, "SEX": s, "MOTHER": m} for c, s, m, _ in header],
        Episodes=[{"CHILD": c, **e} for c, _, _, e in header if e is not None],
        OC3=[
            {"CHILD": "4"},
            {"CHILD": "7", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"},
            {"CHILD": "8", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"},
            {"CHILD": "11"},
        ],
    )
    assert flagged("165", x) == {"Header": [4, 5, 6, 7], "OC3": [1, 2]}


def test_sex_was_coded_1_and_2_until_2023_24() -> None:
    x = extract(
        2024,
        Header=[
            {"CHILD": "1", "SEX": "2", "MOTHER": None},
            {"CHILD": "2", "SEX": "1", "MOTHER": "0"},
            {"CHILD": "3", "SEX": "F", "MOTHER": None},  # not a 2023/24 code (rule 101)
            {"CHILD": "4", "SEX": "2", "MOTHER": "1"},
        ],
        Episodes=[{"CHILD": c, "DECOM": "01/01/2022", "RNE": "S", "LS": "C2"} for c in "1234"],
    )
    assert flagged("165", x) == {"Header": [1, 2]}
