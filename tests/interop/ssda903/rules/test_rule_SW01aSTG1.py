from tests.interop.ssda903.support import extract, flagged


def _sw(sw_id: str | None, start: str | None, reason: str | None = None) -> dict[str, str | None]:
    return {"CHILD": "1", "SW_ID": sw_id, "SW_DECOM": start, "SW_REASON": reason}


def test_an_episode_begun_before_april_2023_needs_an_id() -> None:
    rows = [
        _sw(None, "31/03/2023"),  # the day before: flagged
        _sw("SW1", "31/03/2023"),  # no reason needed
        _sw(None, "01/04/2023"),  # from April 2023: rule SW01bSTG1's business
        _sw(None, "01/06/2024", "MANAGE"),
    ]
    assert flagged("SW01aSTG1", extract(2025, SWEpisodes=rows)) == {"SWEpisodes": [1]}


def test_every_episode_needs_a_valid_start_date() -> None:
    rows = [_sw("SW1", None), _sw("SW1", "31/02/2024"), _sw("SW1", "01/05/2024")]
    assert flagged("SW01aSTG1", extract(2025, SWEpisodes=rows)) == {"SWEpisodes": [1, 2]}
