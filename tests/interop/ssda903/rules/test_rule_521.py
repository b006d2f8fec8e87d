from tests.interop.ssda903.support import extract, flagged


def test_date_should_be_placed_must_not_be_after_a_placement_for_adoption() -> None:
    episodes = [
        {"CHILD": "A", "DECOM": "01/06/2025", "PLACE": "A3"},
        {"CHILD": "A", "DECOM": "01/09/2025", "PLACE": "A4"},
        {"CHILD": "A", "DECOM": "01/05/2025", "PLACE": "U1"},
        {"CHILD": "B", "DECOM": "01/06/2025", "PLACE": "A5"},
    ]
    ad1 = [
        {"CHILD": "A", "DATE_INT": "01/07/2025"},
        {"CHILD": "B", "DATE_INT": "01/06/2025"},  # the day of the placement
    ]
    x = extract(Episodes=episodes, AD1=ad1)
    assert flagged("521", x) == {"AD1": [1], "Episodes": [1]}
