from tests.interop.ssda903.support import extract, flagged


def test_offered_is_needed_when_misuse_but_no_intervention_received() -> None:
    rows = [
        ("1", "0", None),  # flagged
        ("1", "0", "0"),
        ("1", "0", "1"),
        ("1", "1", None),
        ("1", None, None),
        ("0", "0", None),
        (None, "0", None),
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
    assert flagged("159", x) == {"OC2": [1]}
