from tests.interop.ssda903.support import extract, flagged


def _missing(child: str, dob: str, end: str) -> dict[str, str | None]:
    return {"CHILD": child, "DOB": dob, "MISSING": "M", "MIS_END": end}


def test_leaving_care_while_missing_at_18_needs_e8() -> None:
    x = extract(
        Missing=[
            _missing("1", "10/06/2007", "10/06/2025"),
            _missing("2", "10/06/2007", "10/06/2025"),
            _missing("3", "10/06/2007", "09/06/2025"),  # found the day before
            _missing("4", "10/06/2007", "10/06/2025"),
        ],
        Episodes=[
            {"CHILD": "1", "DEC": "10/06/2025", "REC": "E4B"},
            {"CHILD": "2", "DEC": "10/06/2025", "REC": "E8"},
            {"CHILD": "3", "DEC": "09/06/2025", "REC": "E4B"},
            {"CHILD": "4", "DEC": "10/06/2025", "REC": None},
        ],
    )
    assert flagged("580", x) == {"Episodes": [1, 4]}
