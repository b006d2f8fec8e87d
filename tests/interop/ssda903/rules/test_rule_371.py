from incare.interop.ssda903.extract import Extract
from tests.interop.ssda903.support import extract, flagged


def _extract(year: int, place: str) -> Extract:
    """Three children born 15 June of the year they turn 16 in the collection year."""
    dob = f"15/06/{year - 17}"
    header = [{"CHILD": c, "DOB": dob} for c in ("1", "2", "3")]
    rows = [
        {"CHILD": "1", "DECOM": f"14/06/{year - 1}", "PLACE": place},  # the day before
        {"CHILD": "2", "DECOM": f"15/06/{year - 1}", "PLACE": place, "DEC": f"01/07/{year - 1}"},
        {"CHILD": "3", "DECOM": f"01/01/{year - 1}", "PLACE": place},  # 15, still open
    ]
    return extract(year, Header=header, Episodes=rows)


def test_supported_accommodation_needs_age_16_from_2024_25() -> None:
    assert flagged("371", _extract(2026, "K3")) == {"Episodes": [1, 3]}
    assert flagged("371", _extract(2025, "K3")) == {"Episodes": [1, 3]}
    assert flagged("371", _extract(2025, "H5")) == {}


def test_semi_independent_living_needed_age_16_in_2023_24_and_14_before() -> None:
    assert flagged("371", _extract(2024, "H5")) == {"Episodes": [1, 3]}
    assert flagged("371", _extract(2024, "K3")) == {}
    header = [{"CHILD": "1", "DOB": "15/06/2008"}, {"CHILD": "2", "DOB": "15/06/2008"}]
    rows = [
        {"CHILD": "1", "DECOM": "14/06/2022", "PLACE": "H5"},
        {"CHILD": "2", "DECOM": "15/06/2022", "PLACE": "H5"},
    ]
    x = extract(2023, Header=header, Episodes=rows)
    assert flagged("371", x) == {"Episodes": [1]}
