from tests.interop.ssda903.support import extract, flagged


def test_order_details_need_a_permanence_option_other_than_z1() -> None:
    rows = [
        {"CHILD": "1", "PREV_PERM": "P1", "LA_PERM": "202", "DATE_PERM": "01/05/2015"},
        {"CHILD": "2", "PREV_PERM": "Z1"},
        {"CHILD": "3", "PREV_PERM": None, "LA_PERM": "202"},
        {"CHILD": "4", "PREV_PERM": None, "DATE_PERM": "ZZ/ZZ/2015"},
        {"CHILD": "5", "PREV_PERM": "Z1", "LA_PERM": "202"},
        {"CHILD": "6", "PREV_PERM": "Z1", "DATE_PERM": "not a date"},
        {"CHILD": "7"},
    ]
    assert flagged("635", extract(PrevPerm=rows)) == {"PrevPerm": [3, 4, 5, 6]}
