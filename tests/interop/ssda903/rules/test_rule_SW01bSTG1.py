from tests.interop.ssda903.support import extract, flagged


def _sw(sw_id: str | None, start: str | None, reason: str | None) -> dict[str, str | None]:
    return {"CHILD": "1", "SW_ID": sw_id, "SW_DECOM": start, "SW_REASON": reason}


def test_an_episode_begun_from_april_2023_needs_an_id_and_a_reason() -> None:
    rows = [
        _sw("SW1", "01/04/2023", "MANAGE"),
        _sw(None, "01/04/2023", "MANAGE"),  # no ID
        _sw("SW1", "01/06/2024", None),  # no reason
        _sw(None, "31/03/2023", None),  # before April 2023: rule SW01aSTG1's business
    ]
    assert flagged("SW01bSTG1", extract(2025, SWEpisodes=rows)) == {"SWEpisodes": [2, 3]}


def test_every_episode_needs_a_valid_start_date() -> None:
    rows = [_sw("SW1", None, "MANAGE"), _sw("SW1", "bad", "MANAGE")]
    assert flagged("SW01bSTG1", extract(2025, SWEpisodes=rows)) == {"SWEpisodes": [1, 2]}
