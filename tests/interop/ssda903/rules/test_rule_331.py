from tests.interop.ssda903.support import extract, flagged


def test_match_must_not_be_after_the_start_of_the_placement_ending_in_adoption() -> None:
    episodes = [
        {"CHILD": c, "DECOM": "01/06/2025", "REC": r}
        for c, r in [("A", "E11"), ("B", "E12"), ("C", "E4A"), ("D", "E11")]
    ]
    ad1 = [
        {"CHILD": "A", "DATE_MATCH": "01/06/2025"},  # the same day
        {"CHILD": "B", "DATE_MATCH": "02/06/2025"},  # the day after
        {"CHILD": "C", "DATE_MATCH": "02/06/2025"},  # not adopted
        {"CHILD": "D", "DATE_MATCH": None},
    ]
    x = extract(Episodes=episodes, AD1=ad1)
    assert flagged("331", x) == {"AD1": [2], "Episodes": [2]}
