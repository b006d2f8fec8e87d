from tests.interop.ssda903.support import extract, flagged


def _ep(child: str, start: str, end: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "DEC": end}


def test_an_episode_starting_before_the_previous_one_ended_is_flagged() -> None:
    x = extract(
        Episodes=[
            _ep("1", "01/05/2025", "10/06/2025"),
            _ep("1", "09/06/2025", "01/07/2025"),  # a day before the previous ended
            _ep("1", "01/07/2025", None),  # on the day: fine
            _ep("2", "01/05/2025", None),  # open, then a later episode: not this rule
            _ep("2", "01/06/2025", None),
            _ep("3", "01/05/2025", "02/05/2025"),
            _ep("3", "01/05/2025", "03/05/2025"),  # the same start, later in the file
        ]
    )
    assert flagged("501", x) == {"Episodes": [2, 7]}
