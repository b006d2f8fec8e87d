from tests.interop.ssda903.support import extract, flagged

CORE = {"IMMUNISATIONS": "1", "TEETH_CHECK": "1", "HEALTH_ASSESSMENT": "0", "SUBSTANCE_MISUSE": "0"}


def test_the_four_core_items_are_needed_once_any_other_item_is_given() -> None:
    rows = [
        {},  # all blank
        {**CORE},
        {**CORE, "CONVICTED": "0", "HEALTH_CHECK": "1"},
        {"CONVICTED": "1"},
        {"HEALTH_CHECK": "1", "IMMUNISATIONS": "1"},
        {**CORE, "TEETH_CHECK": None, "INTERVENTION_OFFERED": "0"},
        {**CORE, "SUBSTANCE_MISUSE": None, "INTERVENTION_RECEIVED": "1"},
        {"IMMUNISATIONS": "1"},  # core items only, partly given: rule 191's concern
    ]
    x = extract(OC2=[{"CHILD": str(i), **r} for i, r in enumerate(rows)])
    assert flagged("182", x) == {"OC2": [4, 5, 6, 7]}
