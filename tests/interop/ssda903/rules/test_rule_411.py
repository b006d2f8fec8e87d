from tests.interop.ssda903.support import extract, flagged

ROWS = [
    {"CHILD": "1", "PL_LOCATION": "IN", "PL_LA": "E10000014"},
    {"CHILD": "2", "PL_LOCATION": "IN", "PL_LA": "E06000001"},
    {"CHILD": "3", "PL_LOCATION": "IN", "PL_LA": None},
    {"CHILD": "4", "PL_LOCATION": "OUT", "PL_LA": "E10000014"},
    {"CHILD": "5", "PL_LOCATION": None, "PL_LA": "E06000001"},
]


def test_a_placement_located_in_the_area_must_be_in_the_returning_council() -> None:
    x = extract(located=True, la="E10000014", Episodes=ROWS)
    assert flagged("411", x) == {"Episodes": [2, 3]}


def test_without_the_returning_council_there_is_nothing_to_compare() -> None:
    assert flagged("411", extract(located=True, la=None, Episodes=ROWS)) == {}
