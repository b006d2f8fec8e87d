from tests.interop.ssda903.support import extract, flagged


def test_a_start_date_without_a_missing_type_is_flagged() -> None:
    rows = [
        {"MISSING": "M", "MIS_START": "01/05/2025"},
        {"MISSING": None, "MIS_START": "01/05/2025"},
        {"MISSING": None, "MIS_START": "99/99/2025"},
        {"MISSING": None, "MIS_START": None},
    ]
    x = extract(Missing=[{"CHILD": "1", **r} for r in rows])
    assert flagged("565", x) == {"Missing": [2, 3]}
