from tests.interop.ssda903.support import extract, flagged


def test_in_touch_means_activity_and_accommodation_are_not_0() -> None:
    rows = [
        ("YES", "F1", "B1"),
        ("YES", "0", "B1"),  # flagged
        ("YES", "F1", "0"),  # flagged
        ("YES", None, None),  # blanks are rule 153's concern
        ("NO", "0", "0"),
    ]
    x = extract(
        OC3=[
            {"CHILD": str(i), "IN_TOUCH": t, "ACTIV": a, "ACCOM": c}
            for i, (t, a, c) in enumerate(rows)
        ]
    )
    assert flagged("345", x) == {"OC3": [2, 3]}
