from tests.interop.ssda903.support import extract, flagged


def _episodes(places: list[str | None]) -> list[dict[str, str | None]]:
    return [{"CHILD": str(i), "PLACE": p} for i, p in enumerate(places)]


def test_placement_type_must_be_a_code_of_2025_26_and_may_be_blank() -> None:
    x = extract(2026, Episodes=_episodes(["U1", "K3", "Z11", "Z14", "H5", "P2", "Z1", "R4", None]))
    assert flagged("146", x) == {"Episodes": [5, 6, 7, 8]}


def test_h5_p2_and_z1_were_valid_until_2024_25_and_k3_from_then() -> None:
    places = ["H5", "P2", "Z1", "K3", "Z11"]
    assert flagged("146", extract(2025, Episodes=_episodes(places))) == {"Episodes": [5]}
    assert flagged("146", extract(2024, Episodes=_episodes(places))) == {"Episodes": [4, 5]}
