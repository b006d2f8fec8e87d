from tests.interop.ssda903.support import extract, flagged

CORE = {"IMMUNISATIONS": "1", "TEETH_CHECK": "0", "HEALTH_ASSESSMENT": "1", "SUBSTANCE_MISUSE": "0"}


def test_a_conviction_needs_the_four_core_items() -> None:
    rows = [
        {"CONVICTED": "1", **CORE},
        {"CONVICTED": "1"},  # flagged
        {"CONVICTED": "1", **CORE, "HEALTH_ASSESSMENT": None},  # flagged
        {"CONVICTED": "0"},  # no conviction: passes
        {},
    ]
    x = extract(OC2=[{"CHILD": str(i), **r} for i, r in enumerate(rows)])
    assert flagged("544", x) == {"OC2": [2, 3]}
