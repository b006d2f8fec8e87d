from tests.interop.ssda903.support import extract, flagged


def test_no_other_tables_for_children_without_episodes() -> None:
    tables = ["PlacedAdoption", "Missing", "Reviews", "AD1", "PrevPerm", "OC2"]
    x = extract(
        Episodes=[{"CHILD": "1", "DECOM": "01/05/2025"}],
        **{t: [{"CHILD": "1"}, {"CHILD": "2"}] for t in tables},
        OC3=[{"CHILD": "3", "IN_TOUCH": "YES"}],
    )
    assert flagged("1012", x) == {table: [2] for table in tables}


def test_without_an_episodes_table_nothing_is_flagged() -> None:
    assert flagged("1012", extract(Reviews=[{"CHILD": "1"}])) == {}
