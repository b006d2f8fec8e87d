from tests.interop.ssda903.support import extract, flagged


def test_date_of_birth_must_match_header() -> None:
    x = extract(
        Header=[
            {"CHILD": "A", "DOB": "01/02/2020"},
            {"CHILD": "B", "DOB": "01/02/2020"},
            {"CHILD": "C", "DOB": None},
        ],
        AD1=[
            {"CHILD": "A", "DOB": "01/02/2020"},
            {"CHILD": "B", "DOB": "02/02/2020"},
            {"CHILD": "B", "DOB": "not a date"},
            {"CHILD": "C", "DOB": "01/02/2020"},
            {"CHILD": "D", "DOB": "01/02/2020"},
        ],
    )
    assert flagged("INT11", x) == {"AD1": [2]}
