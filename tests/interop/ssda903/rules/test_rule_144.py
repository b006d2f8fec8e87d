from tests.interop.ssda903.support import extract, flagged


def test_a_legal_status_that_is_not_a_903_code_is_flagged() -> None:
    statuses = ["C1", "C2", "E1", "V2", "J3", "L1", "V1", "W1", "C3", None]
    x = extract(Episodes=[{"CHILD": "1", "LS": s} for s in statuses])
    assert flagged("144", x) == {"Episodes": [7, 8, 9]}


def test_a_code_in_lower_case_is_read_as_upper_case() -> None:
    x = extract(Episodes=[{"CHILD": "1", "LS": "c2"}, {"CHILD": "1", "LS": "v1"}])
    assert flagged("144", x) == {"Episodes": [2]}


def test_valid_legal_statuses_pass() -> None:
    x = extract(Episodes=[{"CHILD": "1", "LS": s} for s in ["D1", "V3", "V4", "L2", "L3"]])
    assert flagged("144", x) == {}
