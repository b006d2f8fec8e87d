from tests.interop.ssda903.support import extract, flagged


def test_s1_placement_needs_the_child_to_be_4_when_it_starts() -> None:
    header = [{"CHILD": c, "DOB": "10/07/2021"} for c in ("1", "2", "3", "4", "5")]
    rows = [
        {"CHILD": "1", "DECOM": "09/07/2025", "PLACE": "S1", "DEC": "01/08/2025"},
        {"CHILD": "2", "DECOM": "10/07/2025", "PLACE": "S1", "DEC": "01/08/2025"},
        {"CHILD": "3", "DECOM": "09/07/2025", "PLACE": "S1"},  # still open
        {"CHILD": "4", "DECOM": "09/07/2025", "PLACE": "U1"},
        {"CHILD": "5", "DECOM": None, "PLACE": "S1"},
    ]
    assert flagged("373", extract(Header=header, Episodes=rows)) == {"Episodes": [1, 3]}


def test_s1_placement_of_a_child_with_no_date_of_birth_is_not_checked() -> None:
    rows = [{"CHILD": "1", "DECOM": "09/07/2025", "PLACE": "S1"}]
    x = extract(Header=[{"CHILD": "1", "DOB": None}], Episodes=rows)
    assert flagged("373", x) == {}
