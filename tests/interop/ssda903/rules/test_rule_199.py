from tests.interop.ssda903.support import extract, flagged


def _episode(child: str, start: str, end: str | None, reason: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "DEC": end, "REC": reason}


def test_an_episode_after_an_adoption_this_year_is_flagged() -> None:
    x = extract(
        Episodes=[
            _episode("1", "01/05/2025", "01/07/2025", "E11"),
            _episode("1", "01/09/2025", None, None),
            _episode("2", "01/05/2025", "01/06/2025", "X1"),
            _episode("2", "01/06/2025", "01/07/2025", "E12"),
        ]
    )
    assert flagged("199", x) == {"Episodes": [2]}


def test_a_second_adoption_is_flagged_but_the_first_is_not() -> None:
    x = extract(
        Episodes=[
            _episode("1", "01/10/2025", "01/12/2025", "E12"),
            _episode("1", "01/05/2025", "01/07/2025", "E11"),
        ]
    )
    assert flagged("199", x) == {"Episodes": [1]}


def test_an_adoption_in_last_years_file_flags_this_years_episodes() -> None:
    last = extract(2025, Episodes=[_episode("1", "01/05/2023", "01/03/2025", "E11")])
    x = extract(2026, previous=last, Episodes=[_episode("1", "01/05/2025", None, None)])
    assert flagged("199", x) == {"Episodes": [1]}


def test_an_adoption_reported_in_both_years_counts_once() -> None:
    last = extract(2025, Episodes=[_episode("1", "01/05/2024", "05/04/2025", "E11")])
    x = extract(2026, previous=last, Episodes=[_episode("1", "01/05/2024", "05/04/2025", "E11")])
    assert flagged("199", x) == {}


def test_an_episode_before_the_adoption_passes() -> None:
    last = extract(2025, Episodes=[_episode("1", "01/05/2024", "01/03/2025", "X1")])
    x = extract(2026, previous=last, Episodes=[_episode("1", "01/03/2025", "01/06/2025", "E12")])
    assert flagged("199", x) == {}
