from tests.interop.ssda903.support import extract, flagged


def test_a_looked_after_child_without_a_upn_is_flagged() -> None:
    x = extract(
        Header=[
            {"CHILD": "1", "UPN": None},
            {"CHILD": "2", "UPN": "UN1"},
            {"CHILD": "3", "UPN": None},  # short breaks only
            {"CHILD": "4", "UPN": None},  # no episodes
            {"CHILD": "5", "UPN": None},  # blank legal status
        ],
        Episodes=[
            {"CHILD": "1", "LS": "C2"},
            {"CHILD": "2", "LS": "C2"},
            {"CHILD": "3", "LS": "V4"},
            {"CHILD": "5", "LS": None},
        ],
    )
    assert flagged("442", x) == {"Header": [1, 5]}
