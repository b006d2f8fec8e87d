from tests.interop.ssda903.support import extract, flagged


def test_un4_for_a_child_looked_after_since_before_24_march_is_flagged() -> None:
    x = extract(
        2026,
        Header=[
            {"CHILD": "1", "UPN": "UN4"},
            {"CHILD": "2", "UPN": "UN4"},
            {"CHILD": "3", "UPN": "UN4"},
            {"CHILD": "4", "UPN": "UN2"},
        ],
        Episodes=[
            {"CHILD": "1", "DECOM": "23/03/2026"},  # the day before: more than a week
            {"CHILD": "2", "DECOM": "24/03/2026"},  # on the day: within the week
            {"CHILD": "3", "DECOM": "01/01/2026"},
            {"CHILD": "3", "DECOM": "28/03/2026"},
            {"CHILD": "4", "DECOM": "01/01/2026"},
        ],
    )
    assert flagged("210", x) == {"Episodes": [1, 3], "Header": [1, 3]}


def test_the_cut_off_follows_the_collection_year() -> None:
    x = extract(
        2024,
        Header=[{"CHILD": "1", "UPN": "UN4"}],
        Episodes=[{"CHILD": "1", "DECOM": "25/03/2024"}],
    )
    assert flagged("210", x) == {}
