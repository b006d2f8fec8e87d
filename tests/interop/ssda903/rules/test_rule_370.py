import pytest

from tests.interop.ssda903.support import Rows, extract, flagged


@pytest.mark.parametrize("year", [2023, 2024])
def test_a_child_in_independent_living_must_be_16_when_it_starts(year: int) -> None:
    header: Rows = [{"CHILD": c, "DOB": f"15/06/{year - 17}"} for c in ("1", "2", "3", "4")]
    rows: Rows = [
        {"CHILD": "1", "DECOM": f"14/06/{year - 1}", "PLACE": "P2", "DEC": f"01/07/{year - 1}"},
        {"CHILD": "2", "DECOM": f"15/06/{year - 1}", "PLACE": "P2", "DEC": f"01/07/{year - 1}"},
        {"CHILD": "3", "DECOM": f"01/01/{year - 1}", "PLACE": "P2"},  # open, aged 15
        {"CHILD": "4", "DECOM": f"01/01/{year - 1}", "PLACE": "U1"},
    ]
    x = extract(year, Header=header, Episodes=rows)
    assert flagged("370", x) == {"Episodes": [1, 3]}


def test_a_child_without_a_date_of_birth_is_not_judged() -> None:
    rows: Rows = [{"CHILD": "1", "DECOM": "01/05/2023", "PLACE": "P2"}]
    x = extract(2024, Header=[{"CHILD": "1", "DOB": None}], Episodes=rows)
    assert flagged("370", x) == {}
