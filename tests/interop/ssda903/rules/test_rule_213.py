from tests.interop.ssda903.support import extract, flagged


def _episodes(rows: list[tuple[str | None, str | None]]) -> list[dict[str, str | None]]:
    return [{"CHILD": str(i), "PLACE": p, "PLACE_PROVIDER": pp} for i, (p, pp) in enumerate(rows)]


def test_temporary_placements_must_have_no_provider() -> None:
    rows = [("T0", None), ("T2", "PR2"), ("T4", "PR1"), ("U1", "PR1"), (None, "PR1")]
    assert flagged("213", extract(2025, Episodes=_episodes(rows))) == {"Episodes": [2, 3]}


def test_z11_to_z14_must_have_no_provider_from_2025_26() -> None:
    rows = [("Z11", None), ("Z13", "PR4"), ("Z14", "anything"), ("T3", "PR1")]
    assert flagged("213", extract(2026, Episodes=_episodes(rows))) == {"Episodes": [2, 3, 4]}
    assert flagged("213", extract(2025, Episodes=_episodes(rows))) == {"Episodes": [4]}
