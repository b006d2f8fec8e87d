from tests.interop.ssda903.support import extract, flagged


def test_a_care_leaver_open_at_the_end_of_last_year_needs_episodes_this_year() -> None:
    last_year = extract(
        2025,
        Episodes=[
            {"CHILD": "1", "DECOM": "01/05/2024"},  # open: flagged, no episodes now
            {"CHILD": "2", "DECOM": "01/05/2024"},  # open, with episodes now: passes
            {"CHILD": "3", "DECOM": "01/09/2024", "DEC": "01/12/2024"},  # closed, latest
            {"CHILD": "3", "DECOM": "01/05/2024"},  # open but not the latest: passes
            {"CHILD": "4", "DECOM": "01/05/2024", "DEC": "bad date"},  # not blank: passes
            {"CHILD": "5", "DECOM": "01/05/2024", "DEC": "01/06/2024"},
            {"CHILD": "5", "DECOM": "01/05/2024"},  # same start, later row, open: flagged
        ],
    )
    x = extract(
        2026,
        previous=last_year,
        Episodes=[{"CHILD": "2", "DECOM": "01/04/2025", "RNE": "P"}],
        OC3=[{"CHILD": c, "IN_TOUCH": "YES"} for c in "123456"],
    )
    assert flagged("1010", x) == {"OC3": [1, 5]}
