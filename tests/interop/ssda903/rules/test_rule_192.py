from tests.interop.ssda903.support import extract, flagged


def test_intervention_received_is_needed_when_misuse_is_identified() -> None:
    rows = [("1", None), ("1", "0"), ("1", "1"), ("0", None), (None, None)]
    x = extract(
        OC2=[
            {"CHILD": str(i), "SUBSTANCE_MISUSE": s, "INTERVENTION_RECEIVED": r}
            for i, (s, r) in enumerate(rows)
        ]
    )
    assert flagged("192", x) == {"OC2": [1]}
