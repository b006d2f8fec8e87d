from tests.interop.ssda903.support import extract, flagged


def _ep(child: str, start: str | None, end: str | None, rne: str) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "DEC": end, "RNE": rne}


def test_a_continuing_episode_not_starting_the_day_the_last_ended_is_flagged() -> None:
    x = extract(
        Episodes=[
            _ep("1", "01/05/2025", "01/06/2025", "S"),
            _ep("1", "02/06/2025", "01/07/2025", "P"),  # the day after
            _ep("1", "1/7/2025", None, "L"),  # the same day, written differently
            _ep("2", "01/05/2025", None, "B"),  # a first episode
            _ep("3", "01/05/2025", "01/06/2025", "S"),
            _ep("3", None, None, "U"),  # no start date
            _ep("4", "01/05/2025", "31/05/2025", "S"),
            _ep("4", "01/05/2025", "01/06/2025", "S"),
            _ep("4", "01/06/2025", None, "T"),
        ]
    )
    assert flagged("433", x) == {"Episodes": [2, 6]}


def test_the_same_unreadable_date_written_twice_counts_as_the_same_day() -> None:
    x = extract(
        Episodes=[
            _ep("1", "01/05/2025", "31/06/2025", "S"),
            _ep("1", "31/06/2025", None, "P"),
            _ep("2", "01/05/2025", "31/06/2025", "S"),
            _ep("2", "30/06/2025", None, "P"),
        ]
    )
    assert flagged("433", x) == {"Episodes": [4]}
