from tests.interop.ssda903.support import extract, flagged


def test_date_of_birth_in_oc3_must_match_header() -> None:
    x = extract(
        Header=[
            {"CHILD": "1", "DOB": "01/06/2008"},
            {"CHILD": "2", "DOB": "01/06/2008"},
            {"CHILD": "3", "DOB": None},
            {"CHILD": "4", "DOB": "01/06/2008"},
        ],
        OC3=[
            {"CHILD": "1", "DOB": "01/06/2008"},
            {"CHILD": "2", "DOB": "02/06/2008"},  # different: flagged
            {"CHILD": "3", "DOB": "01/06/2008"},  # blank in Header: passes
            {"CHILD": "4", "DOB": "31/02/2008"},  # invalid: passes
            {"CHILD": "5", "DOB": "01/06/2008"},  # not in Header: passes
            {"CHILD": "1", "DOB": "1/6/2008"},  # the same date: passes
        ],
    )
    assert flagged("INT15", x) == {"OC3": [2]}
