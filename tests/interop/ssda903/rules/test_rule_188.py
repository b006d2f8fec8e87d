from tests.interop.ssda903.support import extract, flagged


def test_no_sdq_for_children_under_4_on_31_march() -> None:
    rows = [
        ("01/04/2022", "10", None),  # 3: flagged
        ("01/04/2022", None, "SDQ1"),  # 3: flagged
        ("31/03/2022", "10", None),  # 4 on 31 March: passes
        ("01/04/2022", None, None),  # nothing given: passes
        (None, "10", None),  # unknown age: passes
    ]
    x = extract(
        2026,
        OC2=[
            {"CHILD": str(i), "DOB": d, "SDQ_SCORE": s, "SDQ_REASON": r}
            for i, (d, s, r) in enumerate(rows)
        ],
    )
    assert flagged("188", x) == {"OC2": [1, 2]}
