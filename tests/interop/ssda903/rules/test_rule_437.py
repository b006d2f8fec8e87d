from tests.interop.ssda903.support import extract, flagged


def _ep(child: str, start: str | None, rec: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "REC": rec}


def test_an_episode_ending_in_death_or_adulthood_followed_by_another_is_flagged() -> None:
    x = extract(
        Episodes=[
            _ep("1", "01/05/2025", "E2"),
            _ep("1", "01/07/2025", None),
            _ep("2", "01/08/2025", None),
            _ep("2", "01/05/2025", "E15"),
            _ep("3", "01/05/2025", "E15"),  # the last episode
            _ep("4", "01/05/2025", "E2"),
            _ep("4", None, None),  # undated, but still a further episode
            _ep("5", "01/05/2025", "E8"),
            _ep("5", "01/07/2025", None),
        ]
    )
    assert flagged("437", x) == {"Episodes": [1, 4, 6]}
