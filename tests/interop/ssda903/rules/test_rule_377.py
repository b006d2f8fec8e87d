from tests.interop.ssda903.support import extract, flagged


def _t3(child: str, decom: str | None, place: str = "T3") -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": decom, "PLACE": place}


def test_a_third_holiday_placement_within_12_months_flags_all_three() -> None:
    rows = [
        _t3("1", "01/05/2025"),
        _t3("1", "01/08/2025"),
        _t3("1", "01/09/2025", "U1"),
        _t3("1", "30/04/2026"),  # within 12 months of 1 May 2025
        _t3("2", "01/05/2025"),
        _t3("2", "01/08/2025"),
    ]
    assert flagged("377", extract(Episodes=rows)) == {"Episodes": [1, 2, 4]}


def test_three_holiday_placements_spread_over_more_than_12_months_are_allowed() -> None:
    rows = [
        _t3("1", "01/04/2025"),
        _t3("1", "01/10/2025"),
        _t3("1", "01/04/2026"),  # 12 months after the first: a new period
    ]
    assert flagged("377", extract(Episodes=rows)) == {}


def test_only_the_holiday_placements_in_a_crowded_period_are_flagged() -> None:
    rows = [
        _t3("1", "01/01/2024"),
        _t3("1", "01/06/2025"),
        _t3("1", "01/07/2025"),
        _t3("1", "01/08/2025"),
        _t3("1", None),
    ]
    assert flagged("377", extract(Episodes=rows)) == {"Episodes": [2, 3, 4]}
