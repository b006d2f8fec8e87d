from tests.interop.ssda903.support import extract, flagged


def ids(*values: str | None) -> list[dict[str, str | None]]:
    return [{"CHILD": str(i), "SW_ID": v} for i, v in enumerate(values)]


def test_the_id_must_begin_with_sw_or_xx() -> None:
    x = extract(2026, SWEpisodes=ids("SW12", "XX12", "sw12", "AB12", None, "S W1"))
    assert flagged("SW02STG1", x) == {"SWEpisodes": [4, 5, 6]}, "codes are read in capitals"


def test_before_2025_26_a_bare_prefix_is_enough() -> None:
    x = extract(2024, SWEpisodes=ids("SW", "XX", "XX1"))
    assert flagged("SW02STG1", x) == {}


def test_from_2025_26_the_id_needs_at_least_four_characters() -> None:
    x = extract(2026, SWEpisodes=ids("SW", "XX1", "SW12", "XX0001"))
    assert flagged("SW02STG1", x) == {"SWEpisodes": [1, 2]}
