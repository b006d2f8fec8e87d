from tests.interop.ssda903.support import extract, flagged


def _ep(child: str, start: str, end: str | None, rne: str) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "DEC": end, "RNE": rne}


def test_a_new_period_of_care_starting_the_day_the_last_ended_is_flagged() -> None:
    x = extract(
        Episodes=[
            _ep("1", "01/05/2025", "01/06/2025", "S"),
            _ep("1", "01/06/2025", "01/07/2025", "S"),  # same day
            _ep("1", "02/07/2025", None, "S"),  # the day after
            _ep("2", "01/06/2025", None, "S"),  # starts before the previous ended
            _ep("2", "01/05/2025", "05/06/2025", "S"),
            _ep("3", "01/05/2025", "01/06/2025", "X1"),
            _ep("3", "01/06/2025", None, "P"),
        ]
    )
    assert flagged("431", x) == {"Episodes": [2, 4]}
