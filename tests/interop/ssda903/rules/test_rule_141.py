from tests.interop.ssda903.support import extract, flagged


def test_a_start_date_that_is_not_a_real_date_is_flagged() -> None:
    starts = ["01/05/2025", "1/5/2025", "31/04/2025", "2025-05-01", "01/05/25", None]
    x = extract(Episodes=[{"CHILD": "1", "DECOM": d} for d in starts])
    assert flagged("141", x) == {"Episodes": [3, 4, 5]}


def test_a_real_start_date_passes() -> None:
    x = extract(Episodes=[{"CHILD": "1", "DECOM": "29/02/2024"}])
    assert flagged("141", x) == {}
