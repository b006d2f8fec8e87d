from tests.interop.ssda903.support import extract, flagged


def test_no_intervention_items_without_a_misuse_problem() -> None:
    rows = [
        ("0", "0", None),  # flagged
        ("0", None, "1"),  # flagged
        (None, "1", None),  # flagged: blank misuse counts as none
        ("0", None, None),
        ("1", "0", "1"),
        ("2", "1", None),  # not 0: rule 181's concern
    ]
    x = extract(
        OC2=[
            {
                "CHILD": str(i),
                "SUBSTANCE_MISUSE": s,
                "INTERVENTION_RECEIVED": r,
                "INTERVENTION_OFFERED": o,
            }
            for i, (s, r, o) in enumerate(rows)
        ]
    )
    assert flagged("193", x) == {"OC2": [1, 2, 3]}
