from tests.interop.ssda903.support import dob_against_header, flagged


def test_a_placed_for_adoption_date_of_birth_unlike_the_header_is_flagged() -> None:
    assert flagged("INT12", dob_against_header("PlacedAdoption")) == {"PlacedAdoption": [2]}
