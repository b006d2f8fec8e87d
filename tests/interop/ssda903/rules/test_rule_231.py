from tests.interop.ssda903.support import extract, flagged


def test_a_uasc_child_under_11_at_the_end_of_the_year_is_flagged() -> None:
    dobs = ["31/03/2015", "01/04/2015", "01/01/2010", None]  # 2025/26 ends 31/03/2026
    x = extract(
        2026,
        Header=[{"CHILD": str(i), "DOB": d} for i, d in enumerate(dobs)],
        UASC=[{"CHILD": str(i), "DOB": d} for i, d in enumerate(dobs)],
    )
    assert flagged("231", x) == {"Header": [2]}


def test_a_young_child_who_is_not_uasc_is_not_flagged() -> None:
    x = extract(
        2025,
        Header=[{"CHILD": "1", "DOB": "01/04/2014"}, {"CHILD": "2", "DOB": "01/04/2014"}],
        UASC=[{"CHILD": "2", "DOB": "01/04/2014"}],
    )
    assert flagged("231", x) == {"Header": [2]}
    assert flagged("231", extract(2025, Header=[{"CHILD": "1", "DOB": "01/04/2014"}])) == {}
