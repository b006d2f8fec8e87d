from tests.interop.ssda903.support import extract, flagged


def test_no_conviction_information_under_10_on_31_march() -> None:
    rows = [
        ("01/04/2016", "0"),  # 9 on 31 March 2026: flagged
        ("31/03/2016", "0"),  # 10 on 31 March: passes
        ("01/04/2016", None),  # nothing given: passes
        ("29/02/2016", "1"),  # 10 on 28 February 2026: passes
        (None, "1"),  # unknown age: passes
        ("01/01/2020", "1"),  # 6: flagged
    ]
    x = extract(
        2026, OC2=[{"CHILD": str(i), "DOB": d, "CONVICTED": c} for i, (d, c) in enumerate(rows)]
    )
    assert flagged("542", x) == {"OC2": [1, 6]}
