from tests.interop.ssda903.support import extract, flagged


def test_being_in_touch_must_be_one_of_the_six_codes() -> None:
    values = ["YES", "NO", "DIED", "REFU", "NREQ", "RHOM", "Y", "yes", None]
    x = extract(OC3=[{"CHILD": str(i), "IN_TOUCH": v} for i, v in enumerate(values)])
    # Codes are read in upper case, so "yes" is YES; a blank is not a code.
    assert flagged("131", x) == {"OC3": [7, 9]}


def test_valid_codes_find_nothing() -> None:
    x = extract(OC3=[{"CHILD": "1", "IN_TOUCH": "NREQ"}])
    assert flagged("131", x) == {}
