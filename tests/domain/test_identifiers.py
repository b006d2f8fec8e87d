"""NHS number and unique pupil number checks (NHS Data Dictionary; DfE UPN guidance)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incare.domain.identifiers import (
    SYNTHETIC_NHS_NUMBERS,
    format_nhs_number,
    nhs_check_digit,
    nhs_number_problem,
    normalise_nhs_number,
    normalise_upn,
    shown_nhs_number,
    synthetic_nhs_number,
    upn_check_letter,
    upn_problem,
)

# --- NHS number ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "9434765919",  # the NHS's published example: 9x10+4x9+3x8+4x7+7x6+6x5+5x4+9x3+1x2 = 299
        "943 476 5919",
        "  943 476 5919 ",
        "4010232137",  # 4x10+1x8+2x6+3x5+2x4+1x3+3x2 = 92; 92 mod 11 = 4; 11 - 4 = 7
        "9000000009",  # 9x10 = 90; 90 mod 11 = 2; 11 - 2 = 9
        "0000000000",  # remainder 0: 11 - 0 = 11, which becomes check digit 0
        "9990000018",  # the test range: 9x10+9x9+9x8+1x2 = 245; 245 mod 11 = 3; 11 - 3 = 8
    ],
    ids=[
        "published-example",
        "spaced-3-3-4",
        "surrounding-space",
        "constructed",
        "constructed-9",
        "check-11-becomes-0",
        "test-range",
    ],
)
def test_a_valid_nhs_number_has_no_problem(text: str) -> None:
    assert nhs_number_problem(text) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("9434765918", "check digit does not match"),
        ("9434765910", "check digit does not match"),
        ("4934765919", "check digit does not match"),  # two digits swapped
        ("943476591", "must be 10 digits"),
        ("94347659190", "must be 10 digits"),
        ("", "must be 10 digits"),
        ("   ", "must be 10 digits"),
        ("943 476 591", "must be 10 digits"),
        ("943476591A", "must contain only digits"),
        ("943-476-5919", "must contain only digits"),
        ("９４３４７６５９１９", "must contain only digits"),  # fullwidth digits
        ("9434 765 919", "spaces may only split it 3 3 4, as in 943 476 5919"),
        ("943  476 5919", "spaces may only split it 3 3 4, as in 943 476 5919"),
        (
            "1234567890",  # 1x10+2x9+...+9x2 = 210; 210 mod 11 = 1; 11 - 1 = 10: never issued
            "is not an NHS number: no check digit is possible for its first 9 digits",
        ),
        (
            "1234567891",
            "is not an NHS number: no check digit is possible for its first 9 digits",
        ),
    ],
    ids=[
        "check-digit-off-by-one",
        "check-digit-zero",
        "transposition",
        "nine-digits",
        "eleven-digits",
        "empty",
        "only-spaces",
        "spaced-nine-digits",
        "letter",
        "hyphens",
        "fullwidth-digits",
        "spaced-4-3-3",
        "double-space",
        "check-digit-would-be-10",
        "check-digit-would-be-10-any-last-digit",
    ],
)
def test_an_invalid_nhs_number_says_what_is_wrong(text: str, problem: str) -> None:
    assert nhs_number_problem(text) == problem


def test_nhs_check_digit_is_none_when_it_would_be_10() -> None:
    assert nhs_check_digit("943476591") == 9
    assert nhs_check_digit("123456789") is None


def test_an_nhs_number_is_stored_without_spaces_and_shown_3_3_4() -> None:
    assert normalise_nhs_number(" 943 476 5919 ") == "9434765919"
    assert format_nhs_number("9434765919") == "943 476 5919"


def test_normalising_an_invalid_nhs_number_raises_with_the_problem() -> None:
    with pytest.raises(ValueError, match="NHS number check digit does not match"):
        normalise_nhs_number("943 476 5918")


@given(st.integers())
def test_synthetic_nhs_numbers_are_always_valid_and_in_the_999_test_range(seed: int) -> None:
    number = synthetic_nhs_number(seed)
    assert nhs_number_problem(number) is None
    assert len(number) == 10
    assert number.startswith("999")


def test_synthetic_nhs_numbers_are_reproducible_and_distinct_across_seeds() -> None:
    assert synthetic_nhs_number(0) == "9990000018"
    assert synthetic_nhs_number(42) == synthetic_nhs_number(42)
    many = {synthetic_nhs_number(seed) for seed in range(20_000)}
    assert len(many) == 20_000
    assert synthetic_nhs_number(SYNTHETIC_NHS_NUMBERS) == synthetic_nhs_number(0)


# --- Unique pupil number -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "B801200005001",  # 8x2+1x4+2x5+5x10+1x13 = 93; 93 mod 23 = 1: B
        "b801200005001",
        " B801 2000 05001 ",
        "M80120000500A",  # temporary: A counts 0 at position 13; 80 mod 23 = 11: M
        "Y80120000500Z",  # temporary: Z counts 22; 80 + 22x13 = 366; 366 mod 23 = 21: Y
        "A000000000000",  # sum 0: A
    ],
    ids=["permanent", "small-letters", "spaces", "temporary-a", "temporary-z", "all-zero"],
)
def test_a_valid_upn_has_no_problem(text: str) -> None:
    assert upn_problem(text) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("A801200005001", "check letter does not match"),
        ("B801200005002", "check letter does not match"),
        ("B207000016049", "check letter does not match"),
        ("N80120000500A", "check letter does not match"),
        ("B80120000500", "must be 13 characters"),
        ("B8012000050011", "must be 13 characters"),
        ("", "must be 13 characters"),
        ("I801200005001", "must start with a check letter (A to Z, not I, O or S)"),
        ("8801200005001", "must start with a check letter (A to Z, not I, O or S)"),
        ("X80120000A001", "characters 2 to 12 must be digits"),
        (
            "B80120000500O",
            "must end with a digit, or a letter other than I, O or S for a temporary UPN",
        ),
        ("UN1", "UN1 to UN5 say why a UPN is unknown; they are not a UPN"),
        ("un5", "UN1 to UN5 say why a UPN is unknown; they are not a UPN"),
    ],
    ids=[
        "wrong-check-letter",
        "changed-digit",
        "miscomputed-example",
        "temporary-wrong-check",
        "twelve-characters",
        "fourteen-characters",
        "empty",
        "check-letter-i",
        "digit-for-check-letter",
        "letter-in-the-middle",
        "temporary-letter-o",
        "unknown-code-un1",
        "unknown-code-un5",
    ],
)
def test_an_invalid_upn_says_what_is_wrong(text: str, problem: str) -> None:
    assert upn_problem(text) == problem


def test_upn_check_letter_skips_i_o_and_s() -> None:
    assert upn_check_letter("801200005001") == "B"
    assert upn_check_letter("000001000000") == "H"  # 1 in position 7: 7
    assert upn_check_letter("000000100000") == "J"  # 1 in position 8: 8 is J, as I is skipped
    assert upn_check_letter("000000000001") == "P"  # 1 in position 13: 13 is P, O is skipped
    assert upn_check_letter("000000200000") == "T"  # 2 in position 8: 16 is T, S is skipped


def test_a_upn_is_stored_in_capitals_without_spaces() -> None:
    assert normalise_upn(" q207 000016049 ") == "Q207000016049"


@given(st.text(alphabet="0123456789", min_size=11, max_size=11), st.sampled_from("0123456789AZ"))
def test_a_upn_with_its_own_check_letter_is_always_valid(digits: str, last: str) -> None:
    body = digits + last
    assert upn_problem(upn_check_letter(body) + body) is None


@pytest.mark.parametrize(
    ("recorded", "shown"),
    [("9434765919", "943 476 5919"), ("943 476 5919", "943 476 5919"), ("12345", "12345")],
    ids=["digits", "already-spaced", "malformed-as-recorded"],
)
def test_an_nhs_number_is_shown_spaced_when_well_formed_else_as_recorded(
    recorded: str, shown: str
) -> None:
    assert shown_nhs_number(recorded) == shown
