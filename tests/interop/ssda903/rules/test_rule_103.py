from tests.interop.ssda903.support import extract, flagged


def test_an_ethnicity_outside_the_dfe_list_or_blank_is_flagged() -> None:
    ethnicities = ["WBRI", "NOBT", "REFU", "White British", "WBRIT", None]
    x = extract(Header=[{"CHILD": str(i), "ETHNIC": e} for i, e in enumerate(ethnicities)])
    assert flagged("103", x) == {"Header": [4, 5, 6]}


def test_valid_ethnicities_pass() -> None:
    x = extract(Header=[{"CHILD": "1", "ETHNIC": "MWBA"}, {"CHILD": "2", "ETHNIC": "CHNE"}])
    assert flagged("103", x) == {}
