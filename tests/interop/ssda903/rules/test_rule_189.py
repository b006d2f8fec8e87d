from tests.interop.ssda903.support import extract, flagged


def test_no_sdq_for_young_people_aged_17_on_1_april() -> None:
    rows = [
        ("01/04/2008", "10", None),  # 17 on 1 April 2025: flagged
        ("01/04/2008", None, "SDQ1"),  # flagged
        ("02/04/2008", "10", None),  # 16 on 1 April: passes
        ("01/01/2005", None, None),  # nothing given: passes
        ("29/02/2008", "10", None),  # 17 on 28 February 2025: flagged
    ]
    x = extract(
        2026,
        OC2=[
            {"CHILD": str(i), "DOB": d, "SDQ_SCORE": s, "SDQ_REASON": r}
            for i, (d, s, r) in enumerate(rows)
        ],
    )
    assert flagged("189", x) == {"OC2": [1, 2, 5]}
