from tests.interop.ssda903.support import extract, flagged

CORE = {"IMMUNISATIONS": "1", "TEETH_CHECK": "0", "HEALTH_ASSESSMENT": "1", "SUBSTANCE_MISUSE": "0"}


def test_health_checks_up_to_date_need_the_four_core_items() -> None:
    rows = [
        {"HEALTH_CHECK": "1", **CORE},
        {"HEALTH_CHECK": "1"},  # flagged
        {"HEALTH_CHECK": "1", **CORE, "SUBSTANCE_MISUSE": None},  # flagged
        {"HEALTH_CHECK": "0"},  # not up to date: passes
        {},
    ]
    x = extract(OC2=[{"CHILD": str(i), **r} for i, r in enumerate(rows)])
    assert flagged("547", x) == {"OC2": [2, 3]}
