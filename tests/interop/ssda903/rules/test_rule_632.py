from tests.interop.ssda903.support import extract, flagged


def test_date_of_previous_order_must_be_valid_and_before_care_started() -> None:
    episodes = [
        {"CHILD": "A", "DECOM": "01/06/2025"},
        {"CHILD": "A", "DECOM": "01/01/2025"},  # the first episode
        {"CHILD": "B", "DECOM": "15/05/2025"},
        {"CHILD": "C", "DECOM": "01/06/2025"},
        {"CHILD": "D", "DECOM": "01/06/2025"},
        {"CHILD": "E", "DECOM": "01/06/2025"},
        {"CHILD": "H", "DECOM": "15/05/2025"},
    ]
    prev = [
        {"CHILD": "A", "DATE_PERM": "01/01/2025"},  # the day care started
        {"CHILD": "B", "DATE_PERM": "ZZ/05/2025"},  # may well be before 15 May
        {"CHILD": "C", "DATE_PERM": "ZZ/ZZ/ZZZZ"},  # unknown: fine
        {"CHILD": "D", "DATE_PERM": "ZZ/ZZ/ZZ"},
        {"CHILD": "E", "DATE_PERM": "31/02/2020"},
        {"CHILD": "F", "DATE_PERM": "01/13/2000"},  # invalid, child without episodes
        {"CHILD": "H", "DATE_PERM": "ZZ/06/2025"},  # certainly after 15 May
        {"CHILD": "I", "DATE_PERM": "29/02/ZZZZ"},
        {"CHILD": "J", "DATE_PERM": "30/02/ZZZZ"},
    ]
    x = extract(Episodes=episodes, PrevPerm=prev)
    assert flagged("632", x) == {"Episodes": [2, 5, 6, 7], "PrevPerm": [1, 4, 5, 6, 7, 9]}


def test_an_order_the_day_before_care_started_passes() -> None:
    x = extract(
        Episodes=[{"CHILD": "A", "DECOM": "01/06/2025"}],
        PrevPerm=[{"CHILD": "A", "DATE_PERM": "31/05/2025"}],
    )
    assert flagged("632", x) == {}


def test_a_day_or_month_of_one_digit_is_read_like_any_other_date() -> None:
    x = extract(
        Episodes=[{"CHILD": "A", "DECOM": "01/06/2025"}, {"CHILD": "B", "DECOM": "01/06/2025"}],
        PrevPerm=[
            {"CHILD": "A", "DATE_PERM": "1/5/2020"},
            {"CHILD": "B", "DATE_PERM": "ZZ/6/2025"},  # on or after care started
        ],
    )
    assert flagged("632", x) == {"Episodes": [2], "PrevPerm": [2]}
