from tests.interop.ssda903.support import dob_against_header, flagged


def test_a_date_of_birth_in_the_ad1_table_differing_from_the_header_is_flagged() -> None:
    assert flagged("INT11", dob_against_header("AD1")) == {"AD1": [2]}
