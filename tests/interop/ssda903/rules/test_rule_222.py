from tests.interop.ssda903.support import extract, flagged


def _episodes(rows: list[tuple[str, str | None]]) -> list[dict[str, str | None]]:
    return [{"CHILD": str(i), "PLACE": p, "URN": u} for i, (p, u) in enumerate(rows)]


def test_placements_ofsted_does_not_register_must_have_no_urn() -> None:
    rows = [("R1", "SC123456"), ("T2", "SC123456"), ("R1", None), ("U1", "SC123456")]
    assert flagged("222", extract(2025, Episodes=_episodes(rows))) == {"Episodes": [1, 2]}


def test_the_placeholder_urn_is_allowed() -> None:
    assert flagged("222", extract(2025, Episodes=_episodes([("P1", "XXXXXXX")]))) == {}


def test_the_list_of_placement_types_changes_by_year() -> None:
    rows = [("H5", "1"), ("P2", "1"), ("Z1", "1"), ("Z12", "1")]
    assert flagged("222", extract(2023, Episodes=_episodes(rows))) == {"Episodes": [1, 2, 3]}
    assert flagged("222", extract(2024, Episodes=_episodes(rows))) == {"Episodes": [2, 3]}
    assert flagged("222", extract(2025, Episodes=_episodes(rows))) == {"Episodes": [3]}
    # 2025/26: Z1 is split into Z11-Z14 and is no longer a placement type (rule 146's business)
    assert flagged("222", extract(2026, Episodes=_episodes(rows))) == {"Episodes": [4]}
