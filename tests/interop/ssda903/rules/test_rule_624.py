from tests.interop.ssda903.support import extract, flagged


def test_a_first_childs_date_of_birth_that_changed_is_flagged() -> None:
    last = extract(2025, Header=[
        {"CHILD": "1", "MC_DOB": "01/06/2024"},
        {"CHILD": "2", "MC_DOB": "01/06/2024"},
        {"CHILD": "3", "MC_DOB": "01/06/2024"},
        {"CHILD": "4", "MC_DOB": None},
        {"CHILD": "5", "MC_DOB": "1/6/2024"},
        {"CHILD": "6", "MC_DOB": "bad"},
    ])  # fmt: skip
    x = extract(2026, previous=last, Header=[
        {"CHILD": "1", "MC_DOB": "01/06/2024"},
        {"CHILD": "2", "MC_DOB": "02/06/2024"},
        {"CHILD": "3", "MC_DOB": None},  # no longer recorded: not a contradiction
        {"CHILD": "4", "MC_DOB": "01/06/2025"},  # first recorded this year
        {"CHILD": "5", "MC_DOB": "01/06/2024"},  # the same day
        {"CHILD": "6", "MC_DOB": "bad"},  # the same text
    ])  # fmt: skip
    assert flagged("624", x) == {"Header": [2]}
