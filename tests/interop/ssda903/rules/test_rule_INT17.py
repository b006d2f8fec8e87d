from tests.interop.ssda903.support import extract, flagged


def test_a_date_of_birth_in_the_reviews_table_differing_from_the_header_is_flagged() -> None:
    x = extract(
        Header=[
            {"CHILD": "1", "DOB": "01/04/2015"},
            {"CHILD": "2", "DOB": "01/04/2015"},
            {"CHILD": "3", "DOB": None},
            {"CHILD": "4", "DOB": "01/04/2015"},
        ],
        Reviews=[
            {"CHILD": "1", "DOB": "01/04/2015"},
            {"CHILD": "2", "DOB": "04/01/2015"},
            {"CHILD": "3", "DOB": "01/04/2015"},  # unknown in the Header
            {"CHILD": "4", "DOB": "31/04/2015"},  # not a date
            {"CHILD": "5", "DOB": "01/04/2015"},  # not in the Header
            {"CHILD": "1", "DOB": "1/4/2015"},  # the same day
        ],
    )
    assert flagged("INT17", x) == {"Reviews": [2]}
