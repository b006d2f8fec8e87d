from tests.interop.ssda903.support import extract, flagged


def test_activity_must_be_a_903_code_including_zero_for_not_in_touch() -> None:
    values = ["F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"]
    bad = ["F3", "00", None]
    rows = [{"CHILD": str(i), "ACTIV": v} for i, v in enumerate(values + bad)]
    assert flagged("132", extract(OC3=rows)) == {"OC3": [13, 14, 15]}


def test_a_valid_activity_finds_nothing() -> None:
    assert flagged("132", extract(OC3=[{"CHILD": "1", "ACTIV": "G6"}])) == {}
