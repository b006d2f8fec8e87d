from tests.interop.ssda903.support import extract, flagged


def test_a_freeing_order_episode_starting_after_december_2005_is_flagged() -> None:
    rows = [
        ("31/12/2005", "D1"),
        ("01/01/2006", "D1"),
        ("01/05/2023", "D1"),
        ("01/05/2023", "C2"),
        (None, "D1"),
        ("bad", "D1"),
    ]
    x = extract(2024, Episodes=[{"CHILD": "1", "DECOM": d, "LS": ls} for d, ls in rows])
    assert flagged("445", x) == {"Episodes": [2, 3]}


def test_the_rule_applies_in_2022_23_too() -> None:
    x = extract(2023, Episodes=[{"CHILD": "1", "DECOM": "01/05/2022", "LS": "D1"}])
    assert flagged("445", x) == {"Episodes": [1]}
