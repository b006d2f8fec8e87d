from tests.interop.ssda903.support import dob_against_header, flagged


def test_a_previous_permanence_date_of_birth_unlike_the_header_is_flagged() -> None:
    assert flagged("INT16", dob_against_header("PrevPerm")) == {"PrevPerm": [2]}
