from tests.interop.ssda903.support import extract, flagged


def test_care_leaver_items_must_be_all_given_or_all_blank() -> None:
    rows = [
        {"IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"},
        {},
        {"IN_TOUCH": "YES"},
        {"ACTIV": "F1"},
        {"ACCOM": "B1"},
        {"IN_TOUCH": "YES", "ACTIV": "F1"},
    ]
    x = extract(OC3=[{"CHILD": str(i), **r} for i, r in enumerate(rows)])
    assert flagged("153", x) == {"OC3": [3, 4, 5, 6]}
