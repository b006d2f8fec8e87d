from tests.interop.ssda903.support import extract, flagged


def ep(child: str, start: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "SW_DECOM": start}


def test_a_second_episode_starting_the_same_day_is_flagged() -> None:
    x = extract(
        2026,
        SWEpisodes=[
            ep("1", "01/05/2025"),
            ep("2", "01/05/2025"),  # another child: fine
            ep("1", "1/5/2025"),  # the same date written differently: flagged
            ep("1", "02/05/2025"),
            ep("1", "01/05/2025"),  # a third: flagged
            ep("3", None),
            ep("3", None),  # no dates to compare: SW04STG1's business
        ],
    )
    assert flagged("SW19STG2", x) == {"SWEpisodes": [3, 5]}
