from tests.interop.ssda903.support import extract, flagged


def _episode(child: str, distance: str | None, ls: str = "C2") -> dict[str, str | None]:
    return {"CHILD": child, "LS": ls, "PL_DISTANCE": distance}


def test_distance_must_be_between_0_and_999_9_miles() -> None:
    distances = ["0.0", "999.9", "1000.0", "-0.1", "12.3", None, "far"]
    x = extract(located=True, Episodes=[_episode(str(i), d) for i, d in enumerate(distances)])
    assert flagged("164", x) == {"Episodes": [3, 4, 7]}


def test_children_on_short_breaks_are_not_checked() -> None:
    x = extract(located=True, Episodes=[_episode("1", "1000", "V3"), _episode("2", "1000", "V4")])
    assert flagged("164", x) == {}


def test_children_who_are_or_were_uasc_are_not_checked() -> None:
    last_year = extract(2025, UASC=[{"CHILD": "2", "DUC": "01/01/2025"}])
    x = extract(
        previous=last_year,
        located=True,
        UASC=[{"CHILD": "1", "DUC": "01/01/2026"}],
        Episodes=[_episode("1", "1000"), _episode("2", "1000"), _episode("3", "1000")],
    )
    assert flagged("164", x) == {"Episodes": [3]}
