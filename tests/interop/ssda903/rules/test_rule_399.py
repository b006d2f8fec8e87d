from tests.interop.ssda903.support import extract, flagged


def test_mother_or_reviews_for_a_child_only_on_short_breaks_are_flagged() -> None:
    x = extract(
        Header=[
            {"CHILD": "1", "MOTHER": "0"},
            {"CHILD": "2", "MOTHER": None},
            {"CHILD": "3", "MOTHER": None},
            {"CHILD": "4", "MOTHER": "1"},
        ],
        Episodes=[
            {"CHILD": "1", "LS": "V3"},
            {"CHILD": "1", "LS": "V4"},
            {"CHILD": "2", "LS": "V4"},
            {"CHILD": "3", "LS": "V3"},
            {"CHILD": "4", "LS": "V3"},
            {"CHILD": "4", "LS": "C2"},  # not only short breaks
        ],
        Reviews=[
            {"CHILD": "1", "REVIEW": None, "REVIEW_CODE": None},
            {"CHILD": "2", "REVIEW": "31/13/2025", "REVIEW_CODE": None},  # given, unreadable
            {"CHILD": "3", "REVIEW": None, "REVIEW_CODE": None},
            {"CHILD": "4", "REVIEW": "01/06/2025", "REVIEW_CODE": "PN1"},
        ],
    )
    assert flagged("399", x) == {"Episodes": [1, 2, 3], "Header": [1, 2], "Reviews": [1, 2]}


def test_mother_is_checked_without_a_reviews_table() -> None:
    x = extract(
        Header=[{"CHILD": "1", "MOTHER": "0"}, {"CHILD": "2", "MOTHER": None}],
        Episodes=[{"CHILD": "1", "LS": "V4"}, {"CHILD": "2", "LS": "V4"}],
    )
    assert flagged("399", x) == {"Episodes": [1], "Header": [1]}
