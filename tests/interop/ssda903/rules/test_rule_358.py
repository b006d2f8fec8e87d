from tests.interop.ssda903.support import extract, flagged


def test_a_remand_status_for_a_child_under_10_is_flagged() -> None:
    x = extract(
        Header=[
            {"CHILD": "1", "DOB": "10/06/2015"},
            {"CHILD": "2", "DOB": "10/06/2015"},
            {"CHILD": "3", "DOB": "10/06/2015"},
            {"CHILD": "4", "DOB": "10/06/2015"},
        ],
        Episodes=[
            {"CHILD": "1", "LS": "J1", "DECOM": "09/06/2025"},  # the day before the birthday
            {"CHILD": "2", "LS": "J2", "DECOM": "10/06/2025"},  # on the birthday: aged 10
            {"CHILD": "3", "LS": "C2", "DECOM": "01/05/2025"},
            {"CHILD": "4", "LS": "J3", "DECOM": "01/05/2025"},
        ],
    )
    assert flagged("358", x) == {"Episodes": [1, 4], "Header": [1, 4]}
