from tests.interop.ssda903.support import extract, flagged


def test_the_end_of_a_dolo_when_given_must_be_a_valid_date() -> None:
    ends = ["01/06/2026", None, "2026-06-01", "00/06/2026"]
    x = extract(
        2027, DoLo=[{"CHILD": "1", "DOLO_START": "01/05/2026", "DOLO_END": e} for e in ends]
    )
    assert flagged("701", x) == {"DoLo": [3, 4]}
