from tests.interop.ssda903.support import extract, flagged


def test_a_mothers_child_born_on_or_before_her_is_flagged() -> None:
    rows = [
        {"DOB": "01/01/2008", "MC_DOB": "01/01/2025"},
        {"DOB": "01/01/2008", "MC_DOB": "01/01/2008"},
        {"DOB": "01/01/2008", "MC_DOB": "31/12/2007"},
        {"DOB": "01/01/2008", "MC_DOB": None},
        {"DOB": None, "MC_DOB": "01/01/2025"},  # unknown date of birth: not compared
    ]
    x = extract(Header=[{"CHILD": str(i), **r} for i, r in enumerate(rows)])
    assert flagged("621", x) == {"Header": [2, 3]}
