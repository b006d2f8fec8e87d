from tests.interop.ssda903.support import extract, flagged


def test_adoption_by_foster_carers_must_fit_the_placement() -> None:
    cases = [
        ("A3", "E11", "0"),  # with foster carers, yet not adopted by them
        ("A5", "E12", "1"),
        ("A4", "E11", "1"),  # not with foster carers, yet adopted by them
        ("A6", "E12", "0"),
        ("A3", "E13", "0"),  # not adopted
        ("A6", "E11", None),
    ]
    episodes = [{"CHILD": str(i), "PLACE": p, "REC": r} for i, (p, r, _) in enumerate(cases)]
    ad1 = [{"CHILD": str(i), "FOSTER_CARE": f} for i, (_, _, f) in enumerate(cases)]
    x = extract(Episodes=episodes, AD1=ad1)
    assert flagged("335", x) == {"AD1": [1, 3], "Episodes": [1, 3]}
