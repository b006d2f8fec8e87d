from tests.interop.ssda903.support import extract, flagged


def _ep(start: str, end: str | None, rec: str | None, cin: str | None) -> dict[str, str | None]:
    return {"CHILD": "1", "DECOM": start, "DEC": end, "REC": rec, "CIN": cin}


def test_a_category_of_need_changing_within_a_period_of_care_is_flagged() -> None:
    x = extract(
        Episodes=[
            _ep("01/05/2025", "01/06/2025", "X1", "N1"),
            _ep("01/06/2025", "01/07/2025", "X1", "N2"),  # changed
            _ep("01/07/2025", "01/08/2025", "E8", "N2"),
            _ep("01/09/2025", "01/10/2025", "X1", "N4"),  # a new period of care
            _ep("02/10/2025", "01/11/2025", "X1", "N5"),  # not the same day
            _ep("01/11/2025", "01/12/2025", "X1", None),  # changed to blank
            _ep("01/12/2025", None, None, None),  # blank both times
        ]
    )
    assert flagged("504", x) == {"Episodes": [2, 6]}
