from tests.interop.ssda903.support import extract, flagged


def _ep(child: str, end: str | None, rec: str | None, ls: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DEC": end, "REC": rec, "LS": ls}


def test_a_girl_leaving_care_without_mother_is_flagged() -> None:
    x = extract(
        2026,
        Header=[{"CHILD": c, "SEX": "F", "MOTHER": None} for c in ["1", "2", "3", "4", "5", "6"]]
        + [{"CHILD": "7", "SEX": "F", "MOTHER": "0"}, {"CHILD": "8", "SEX": "M", "MOTHER": None}],
        Episodes=[
            _ep("1", "01/04/2025", "E4A", "C2"),  # first day of the year
            _ep("2", "31/03/2025", "E4A", "C2"),  # the day before the year
            _ep("3", "01/06/2025", "X1", "C2"),  # not leaving care
            _ep("4", "01/06/2025", "E13", "V3"),  # short breaks
            _ep("5", "31/03/2026", "E8", None),  # last day, blank legal status
            _ep("6", None, "E8", "C2"),
            _ep("7", "01/06/2025", "E8", "C2"),
            _ep("8", "01/06/2025", "E8", "C2"),
        ],
    )
    assert flagged("607", x) == {"Episodes": [1, 5], "Header": [1, 5]}


def test_girls_were_coded_2_until_2023_24() -> None:
    x = extract(
        2024,
        Header=[
            {"CHILD": "1", "SEX": "2", "MOTHER": None},
            {"CHILD": "2", "SEX": "F", "MOTHER": None},
        ],
        Episodes=[_ep("1", "01/06/2023", "E8", "C2"), _ep("2", "01/06/2023", "E8", "C2")],
    )
    assert flagged("607", x) == {"Episodes": [1], "Header": [1]}
