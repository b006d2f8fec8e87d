from tests.interop.ssda903.support import extract, flagged


def _episodes(rows: list[tuple[str | None, str | None]]) -> list[dict[str, str | None]]:
    return [{"CHILD": str(i), "PLACE": p, "PLACE_PROVIDER": pp} for i, (p, pp) in enumerate(rows)]


ROWS = [("U1", "PR1"), ("U1", None), ("T1", None), ("Z1", None), ("Z12", None), (None, None)]


def test_a_placement_needs_a_provider_unless_temporary_or_z1_until_2024_25() -> None:
    assert flagged("526", extract(2025, Episodes=_episodes(ROWS))) == {"Episodes": [2, 5, 6]}


def test_from_2025_26_z11_to_z14_need_no_provider_and_z1_does() -> None:
    assert flagged("526", extract(2026, Episodes=_episodes(ROWS))) == {"Episodes": [2, 4, 6]}
