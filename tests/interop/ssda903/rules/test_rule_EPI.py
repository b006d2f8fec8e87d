from tests.interop.ssda903.support import extract, flagged


def test_children_with_neither_episodes_nor_care_leaver_data_are_flagged() -> None:
    x = extract(
        Header=[{"CHILD": c} for c in "1234"],
        Episodes=[{"CHILD": "1", "DECOM": "01/05/2025"}, {"CHILD": "1", "DECOM": "01/06/2025"}],
        OC3=[{"CHILD": "2"}],
    )
    assert flagged("EPI", x) == {"Header": [3, 4]}


def test_without_an_episodes_table_every_child_not_in_oc3_is_flagged() -> None:
    x = extract(Header=[{"CHILD": "1"}, {"CHILD": "2"}], OC3=[{"CHILD": "2"}])
    assert flagged("EPI", x) == {"Header": [1]}
