from tests.interop.ssda903.support import extract, flagged


def test_offered_must_be_blank_when_an_intervention_was_received() -> None:
    rows = [("1", None), ("1", "0"), ("1", "1"), ("0", "1"), (None, "1"), ("0", None)]
    x = extract(
        OC2=[
            {"CHILD": str(i), "INTERVENTION_RECEIVED": r, "INTERVENTION_OFFERED": o}
            for i, (r, o) in enumerate(rows)
        ]
    )
    assert flagged("158", x) == {"OC2": [2, 3]}
