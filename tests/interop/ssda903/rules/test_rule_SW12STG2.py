from tests.interop.ssda903.support import extract, flagged


def episode(
    child: str, start: str, end: str | None = None, ls: str = "C2"
) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "DEC": end, "RNE": "S", "LS": ls}


def sw(child: str, start: str, end: str | None = None) -> dict[str, str | None]:
    return {"CHILD": child, "SW_DECOM": start, "SW_DEC": end}


def test_a_child_in_care_on_31_march_needs_social_work_from_1_april() -> None:
    x = extract(
        2026,
        Header=[{"CHILD": c, "DOB": "01/01/2015"} for c in "12345"],
        Episodes=[
            episode("1", "01/01/2025"),  # covered from before 1 April: fine
            episode("2", "01/09/2025"),  # no social worker episode at all: flagged
            episode("3", "01/09/2025"),  # social work only from when care began: flagged
            episode("4", "01/04/2025"),  # social work from 1 April exactly: fine
            episode("5", "01/01/2025", "01/12/2025"),  # left care: not looked after on 31 March
        ],
        SWEpisodes=[
            sw("1", "01/03/2025"),
            sw("3", "01/09/2025"),
            sw("4", "01/04/2025"),
            sw("5", "01/10/2025"),
        ],
    )
    assert flagged("SW12STG2", x) == {"Episodes": [2], "SWEpisodes": [2]}


def test_open_episodes_count_as_in_care_on_31_march_but_short_breaks_do_not() -> None:
    x = extract(
        2025,
        Episodes=[episode("1", "01/06/2024", ls="V3"), episode("2", "01/06/2024")],
        SWEpisodes=[],
    )
    assert flagged("SW12STG2", x) == {"Episodes": [2]}


def test_a_baby_born_in_the_year_needs_social_work_from_birth() -> None:
    x = extract(
        2026,
        Header=[{"CHILD": "1", "DOB": "10/10/2025"}, {"CHILD": "2", "DOB": "10/10/2025"}],
        Episodes=[episode("1", "11/10/2025"), episode("2", "11/10/2025")],
        SWEpisodes=[sw("1", "10/10/2025"), sw("2", "11/10/2025")],
    )
    assert flagged("SW12STG2", x) == {"SWEpisodes": [2]}
