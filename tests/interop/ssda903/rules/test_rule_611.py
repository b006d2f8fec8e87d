from tests.interop.ssda903.support import extract, flagged


def test_a_mother_without_her_childs_date_of_birth_is_flagged() -> None:
    rows = [
        {"MOTHER": "1", "MC_DOB": "01/01/2024"},
        {"MOTHER": "1", "MC_DOB": None},
        {"MOTHER": "1", "MC_DOB": "dd/mm/yyyy"},  # invalid, but given: 171's business
        {"MOTHER": "0", "MC_DOB": None},
        {"MOTHER": None, "MC_DOB": None},
    ]
    x = extract(Header=[{"CHILD": str(i), **r} for i, r in enumerate(rows)])
    assert flagged("611", x) == {"Header": [2]}
