from tests.interop.ssda903.support import extract, flagged


def _episodes(rows: list[tuple[str | None, str | None]]) -> list[dict[str, str | None]]:
    return [{"CHILD": str(i), "PLACE": p, "PLACE_PROVIDER": pp} for i, (p, pp) in enumerate(rows)]


def test_provider_must_be_pr0_to_pr5_when_given() -> None:
    rows = [
        ("U1", "PR0"),
        ("K2", "PR5"),
        ("U1", "PR6"),
        ("U1", "PR 4"),
        ("U1", "P4"),
        (None, "PR1"),
    ]
    assert flagged("178", extract(2024, Episodes=_episodes(rows))) == {"Episodes": [3, 4, 5]}


def test_no_provider_for_temporary_or_other_placements_until_2024_25() -> None:
    rows = [("T0", "PR1"), ("T4", "PR1"), ("Z1", "PR1"), ("T1", None), ("Z11", "PR1")]
    assert flagged("178", extract(2025, Episodes=_episodes(rows))) == {"Episodes": [1, 2, 3]}


def test_from_2025_26_z11_to_z14_take_no_provider_and_t4_is_left_to_rule_213() -> None:
    rows = [("T3", "PR1"), ("T4", "PR1"), ("Z12", "PR2"), ("Z14", None), ("U2", "PR1")]
    assert flagged("178", extract(2026, Episodes=_episodes(rows))) == {"Episodes": [1, 3]}
