from tests.interop.ssda903.support import extract, flagged


def test_sex_of_adopters_must_fit_legal_status_l0() -> None:
    good = ["M1", "F1"]
    bad = ["MF", "MM", "FF", None]
    sexes = [*good, *bad]
    rows = [{"CHILD": str(i), "LS_ADOPTR": "L0", "SEX_ADOPTR": s} for i, s in enumerate(sexes)]
    expected = list(range(len(good) + 1, len(sexes) + 1))
    assert flagged("514", extract(AD1=rows)) == {"AD1": expected}


def test_other_legal_statuses_are_not_checked_by_this_rule() -> None:
    rows = [
        {"CHILD": "1", "LS_ADOPTR": "L9", "SEX_ADOPTR": None},
        {"CHILD": "2", "LS_ADOPTR": None, "SEX_ADOPTR": "XX"},
    ]
    assert flagged("514", extract(AD1=rows)) == {}
