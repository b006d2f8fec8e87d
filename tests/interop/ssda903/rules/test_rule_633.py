from tests.interop.ssda903.support import extract, flagged


def test_council_of_previous_permanence_must_be_a_dfe_la_number_or_elsewhere() -> None:
    values = ["202", "815", "909", "WAL", "SCO", "NIR", "NUK", "999", None, "100", "E10000014"]
    x = extract(PrevPerm=[{"CHILD": str(i), "LA_PERM": v} for i, v in enumerate(values)])
    assert flagged("633", x) == {"PrevPerm": [10, 11]}


def test_councils_created_since_2019_are_valid() -> None:
    values = ["838", "839", "940", "941", "942", "943"]
    x = extract(PrevPerm=[{"CHILD": str(i), "LA_PERM": v} for i, v in enumerate(values)])
    assert flagged("633", x) == {}
