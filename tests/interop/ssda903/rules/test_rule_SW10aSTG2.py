from tests.interop.ssda903.support import extract, flagged


def ep(start: str, end: str | None, reason: str | None) -> dict[str, str | None]:
    return {"CHILD": "1", "SW_DECOM": start, "SW_DEC": end, "SW_REASON": reason}


def test_a_change_must_start_within_seven_days_of_the_previous_end() -> None:
    x = extract(
        2026,
        SWEpisodes=[
            ep("01/04/2025", "01/05/2025", None),
            ep("08/05/2025", "01/07/2025", "CHCHAN"),  # 7 days: fine
            ep("09/07/2025", "01/09/2025", None),  # 8 days, blank reason: flagged
            ep("01/12/2025", None, "FCONTA"),  # first contact: exempt
        ],
    )
    assert flagged("SW10aSTG2", x) == {"SWEpisodes": [3]}
