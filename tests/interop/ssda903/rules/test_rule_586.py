from tests.interop.ssda903.support import extract, flagged


def test_a_missing_period_starting_on_or_before_birth_is_flagged() -> None:
    rows = [
        {"DOB": "10/05/2015", "MIS_START": "11/05/2015"},
        {"DOB": "10/05/2015", "MIS_START": "10/05/2015"},
        {"DOB": "10/05/2015", "MIS_START": "09/05/2015"},
        {"DOB": None, "MIS_START": "09/05/2015"},
        {"DOB": "10/05/2015", "MIS_START": None},
    ]
    x = extract(Missing=[{"CHILD": "1", **r} for r in rows])
    assert flagged("586", x) == {"Missing": [2, 3]}
