from tests.interop.ssda903.support import dob_against_header, flagged


def test_a_date_of_birth_in_the_oc3_table_differing_from_the_header_is_flagged() -> None:
    assert flagged("INT15", dob_against_header("OC3")) == {"OC3": [2]}
