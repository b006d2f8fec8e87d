from tests.interop.ssda903.support import extract, flagged


def test_starting_care_on_or_after_the_18th_birthday_is_flagged() -> None:
    x = extract(
        Header=[
            {"CHILD": "1", "DOB": "10/06/2007"},
            {"CHILD": "2", "DOB": "10/06/2007"},
            {"CHILD": "3", "DOB": "10/06/2007"},
            {"CHILD": "4", "DOB": "29/02/2008"},
        ],
        Episodes=[
            {"CHILD": "1", "RNE": "S", "DECOM": "09/06/2025"},  # the day before
            {"CHILD": "2", "RNE": "S", "DECOM": "10/06/2025"},  # on the birthday
            {"CHILD": "3", "RNE": "P", "DECOM": "11/06/2025"},  # not a start of care
            {"CHILD": "4", "RNE": "S", "DECOM": "28/02/2026"},  # leap-day birthday
        ],
    )
    assert flagged("352", x) == {"Episodes": [2, 4]}


def test_a_child_without_a_date_of_birth_is_not_flagged() -> None:
    x = extract(Episodes=[{"CHILD": "1", "RNE": "S", "DECOM": "01/05/2025"}])
    assert flagged("352", x) == {}
