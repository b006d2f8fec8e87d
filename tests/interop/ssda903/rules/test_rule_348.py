from tests.interop.ssda903.support import extract, flagged


def test_a_care_leaver_reported_as_died_last_year_must_still_be_died() -> None:
    last_year = extract(
        2025,
        OC3=[
            {"CHILD": "1", "IN_TOUCH": "DIED"},
            {"CHILD": "2", "IN_TOUCH": "DIED"},
            {"CHILD": "3", "IN_TOUCH": "YES"},
            {"CHILD": "4", "IN_TOUCH": "DIED"},
        ],
    )
    x = extract(
        2026,
        previous=last_year,
        OC3=[
            {"CHILD": "1", "IN_TOUCH": "DIED"},
            {"CHILD": "2", "IN_TOUCH": "YES"},  # flagged
            {"CHILD": "3", "IN_TOUCH": "DIED"},
            {"CHILD": "4"},  # flagged: blank
            {"CHILD": "5", "IN_TOUCH": "NO"},
        ],
    )
    assert flagged("348", x) == {"OC3": [2, 4]}


def test_without_last_years_oc3_nothing_is_flagged() -> None:
    x = extract(2026, previous=extract(2025), OC3=[{"CHILD": "1", "IN_TOUCH": "YES"}])
    assert flagged("348", x) == {}
