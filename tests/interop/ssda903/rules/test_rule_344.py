from tests.interop.ssda903.support import extract, flagged


def test_died_or_returned_home_needs_activity_and_accommodation_0() -> None:
    rows = [
        ("DIED", "0", "0"),
        ("RHOM", "0", "0"),
        ("DIED", "F1", "0"),  # flagged
        ("RHOM", "0", "B1"),  # flagged
        ("DIED", None, "0"),  # flagged: blank is not 0
        ("YES", "F1", "B1"),
        ("NO", "0", "0"),
    ]
    x = extract(
        OC3=[
            {"CHILD": str(i), "IN_TOUCH": t, "ACTIV": a, "ACCOM": c}
            for i, (t, a, c) in enumerate(rows)
        ]
    )
    assert flagged("344", x) == {"OC3": [3, 4, 5]}
