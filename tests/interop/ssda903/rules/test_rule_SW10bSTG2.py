from tests.interop.ssda903.support import extract, flagged


def ep(child: str, start: str, end: str | None, reason: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "SW_DECOM": start, "SW_DEC": end, "SW_REASON": reason}


def test_first_contact_must_start_after_the_previous_episode_ended() -> None:
    x = extract(
        2026,
        SWEpisodes=[
            ep("1", "01/04/2025", "01/05/2025", None),
            ep("1", "01/05/2025", None, "FCONTA"),  # starts on the day it ended: flagged
            ep("2", "01/04/2025", "01/05/2025", None),
            ep("2", "02/05/2025", None, "FCONTA"),  # the day after: fine
            ep("3", "01/04/2025", "01/08/2025", None),
            ep("3", "01/05/2025", None, "CHCHAN"),  # not first contact: SW10aSTG2's business
        ],
    )
    assert flagged("SW10bSTG2", x) == {"SWEpisodes": [2]}


def test_a_first_contact_episode_with_nothing_before_it_passes() -> None:
    x = extract(2026, SWEpisodes=[ep("1", "01/04/2025", None, "FCONTA")])
    assert flagged("SW10bSTG2", x) == {}
