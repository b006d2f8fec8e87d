from tests.interop.ssda903.support import extract, flagged


def test_an_end_date_without_a_missing_type_is_flagged() -> None:
    rows = [
        {"MISSING": "A", "MIS_END": "01/05/2025"},
        {"MISSING": None, "MIS_END": "01/05/2025"},
        {"MISSING": None, "MIS_END": "tomorrow"},
        {"MISSING": None, "MIS_END": None},
    ]
    x = extract(Missing=[{"CHILD": "1", **r} for r in rows])
    assert flagged("566", x) == {"Missing": [2, 3]}
