from tests.interop.ssda903.support import extract, flagged


def _sw(sw_id: str | None, start: str | None, reason: str | None) -> dict[str, str | None]:
    return {"CHILD": "1", "SW_ID": sw_id, "SW_DECOM": start, "SW_REASON": reason}


def test_every_episode_needs_an_id_a_start_date_and_a_reason() -> None:
    rows = [
        _sw("SW1", "01/05/2023", "MANAGE"),
        _sw(None, "01/05/2023", "MANAGE"),
        _sw("SW1", None, "MANAGE"),
        _sw("SW1", "01/05/2023", None),
        _sw("SW1", "31/02/2024", "MANAGE"),  # given but invalid: rule SW04STG1's business
    ]
    assert flagged("SW03STG1", extract(2024, SWEpisodes=rows)) == {"SWEpisodes": [2, 3, 4]}
