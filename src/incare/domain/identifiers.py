"""Checks of the identifiers a child's record holds: the NHS number and the unique pupil number.

Each check returns None when the identifier is well formed, else a short plain message that a
form can show next to the field ("must be 10 digits"). Only the check digits are verified: a
well-formed number may still belong to nobody, or to somebody else.
"""

from __future__ import annotations

import re
from typing import Final

# --- NHS number ------------------------------------------------------------------------------
# NHS Data Model and Dictionary, "NHS Number": 10 digits, the 10th a modulus 11 check digit.
# Step 1: multiply the first nine digits by the weights 10, 9, ..., 2; step 2: add them up;
# step 3: take the remainder on division by 11; step 4: the check digit is 11 minus the
# remainder, 0 when that is 11, and no NHS number is issued when it is 10; step 5: compare.
NHS_NUMBER_LENGTH: Final = 10
NHS_WEIGHTS: Final = (10, 9, 8, 7, 6, 5, 4, 3, 2)
NHS_MODULUS: Final = 11

# NHS England never issues numbers from 999 000 0000 to 999 999 9999 to patients: the range
# is reserved for test and demonstration data, so demo records can never name a real person.
NHS_TEST_PREFIX: Final = "999"

_NHS_SPACED = re.compile(r"\d{3} \d{3} \d{4}")
_DIGITS = re.compile(r"\d+")


def nhs_check_digit(first_nine: str) -> int | None:
    """The check digit of an NHS number's first nine digits, or None when it would be 10.

    Source: NHS Data Model and Dictionary, "NHS Number" (modulus 11 check, steps 1-4).
    """
    total = sum(int(digit) * weight for digit, weight in zip(first_nine, NHS_WEIGHTS, strict=True))
    check = NHS_MODULUS - total % NHS_MODULUS
    if check == NHS_MODULUS:
        return 0
    return None if check == 10 else check


def nhs_number_problem(text: str) -> str | None:
    """None when `text` is a well-formed NHS number, else what is wrong with it.

    Ten digits, written together or spaced 3 3 4 ("943 476 5919"), with a matching modulus 11
    check digit.
    Source: NHS Data Model and Dictionary, "NHS Number" (format n10; modulus 11 check digit,
    mandatory); the 3 3 4 spacing is the NHS's own way of displaying it.
    Interpretation: space around the number is ignored; other separators are not accepted.
    """
    value = text.strip()
    if not value:
        return "must be 10 digits"
    if any(not (ch.isascii() and ch.isdigit()) and ch != " " for ch in value):
        return "must contain only digits"
    digits = value.replace(" ", "")
    if len(digits) != NHS_NUMBER_LENGTH:
        return "must be 10 digits"
    if " " in value and not _NHS_SPACED.fullmatch(value):
        return "spaces may only split it 3 3 4, as in 943 476 5919"
    check = nhs_check_digit(digits[:9])
    if check is None:
        return "is not an NHS number: no check digit is possible for its first 9 digits"
    if check != int(digits[9]):
        return "check digit does not match"
    return None


def normalise_nhs_number(text: str) -> str:
    """The 10 digits of a well-formed NHS number, without spaces, as incare stores it.

    Raises ValueError with the problem (as `nhs_number_problem` states it) when it is not one.
    """
    problem = nhs_number_problem(text)
    if problem is not None:
        raise ValueError(f"NHS number {problem}")
    return text.strip().replace(" ", "")


def format_nhs_number(text: str) -> str:
    """A well-formed NHS number spaced 3 3 4 for display ("943 476 5919")."""
    digits = normalise_nhs_number(text)
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def shown_nhs_number(text: str) -> str:
    """An NHS number as a page or letter shows it: spaced 3 3 4 when well-formed, else exactly
    as recorded (so that a wrong number can be seen and corrected)."""
    try:
        return format_nhs_number(text)
    except ValueError:
        return text


_SYNTHETIC_BODIES: Final = 100_000  # the 5 free digits after 999 and before the 9th digit
_SYNTHETIC_LAST_DIGITS: Final = 9  # 9th digits kept per body: at most 1 of 10 gives check 10
SYNTHETIC_NHS_NUMBERS: Final = _SYNTHETIC_BODIES * _SYNTHETIC_LAST_DIGITS
_SYNTHETIC_STRIDE: Final = 7919  # a prime coprime to SYNTHETIC_NHS_NUMBERS: scatters seeds


def synthetic_nhs_number(seed: int) -> str:
    """A valid NHS number in the test range 999 000 0000 to 999 999 9999, chosen by `seed`.

    The same seed always gives the same number, and the seeds 0 to 899 999 give 900 000
    different numbers (any seed is reduced modulo that).
    Source: NHS Data Model and Dictionary, "NHS Number" (check digit); the 999 range is
    reserved by NHS England for testing and never issued to a patient.
    Interpretation: digits 4 to 8 and the 9th digit come from the seed; of the ten possible 9th
    digits at most one gives check digit 10 (weight 2 is invertible modulo 11), so the first
    nine that give a valid check digit are used, which keeps distinct seeds distinct.
    """
    index = (seed * _SYNTHETIC_STRIDE) % SYNTHETIC_NHS_NUMBERS
    body, choice = divmod(index, _SYNTHETIC_LAST_DIGITS)
    stem = f"{NHS_TEST_PREFIX}{body:05d}"
    usable = [d for d in "0123456789" if nhs_check_digit(stem + d) is not None]
    first_nine = stem + usable[choice]
    return f"{first_nine}{nhs_check_digit(first_nine)}"


# --- Unique pupil number (UPN) -----------------------------------------------------------------
# DfE, "Unique pupil numbers (UPNs): guidance for schools and local authorities" (UPN guide), and
# the UK Government Data Standards Catalogue, "Unique Pupil Number" v2.0 (2004): a check letter,
# then 12 characters: LA number (3 digits), establishment number (4 digits), the last 2 digits
# of the year of issue, and 3 serial digits (a permanent UPN) or 2 digits and a letter (a
# temporary UPN). The check letter is the sum of each of characters 2 to 13 times its position
# (2 to 13), modulo 23, as a letter of the 23-letter alphabet below (no I, O or S); a letter in
# position 13 counts as its place in that alphabet (A = 0, ..., Z = 22).
UPN_LENGTH: Final = 13
UPN_ALPHABET: Final = "ABCDEFGHJKLMNPQRTUVWXYZ"
UPN_MODULUS: Final = 23
UPN_UNKNOWN_CODES: Final = frozenset({"UN1", "UN2", "UN3", "UN4", "UN5"})  # SSDA903 UPN codes


def upn_check_letter(last_twelve: str) -> str:
    """The check letter of a UPN's characters 2 to 13.

    Source: DfE UPN guide; Government Data Standards Catalogue "Unique Pupil Number" v2.0.
    """
    total = 0
    for position, ch in enumerate(last_twelve, start=2):
        value = int(ch) if ch.isdigit() else UPN_ALPHABET.index(ch)
        total += value * position
    return UPN_ALPHABET[total % UPN_MODULUS]


def normalise_upn(text: str) -> str:
    """A UPN as incare stores it: capitals, no spaces (not checked: see `upn_problem`)."""
    return "".join(text.split()).upper()


def upn_problem(text: str) -> str | None:
    """None when `text` is a well-formed unique pupil number, else what is wrong with it.

    Source: DfE, "Unique pupil numbers (UPNs)" guidance (format and check letter); UK
    Government Data Standards Catalogue, "Unique Pupil Number" v2.0 (2004).
    Interpretation: spaces and small letters are forgiven (see `normalise_upn`); the SSDA903
    codes UN1 to UN5 say why a UPN is unknown and are not UPNs; the LA number is not checked
    against the list of LAs, as old LA numbers stay valid in old UPNs.
    """
    value = normalise_upn(text)
    if value in UPN_UNKNOWN_CODES:
        return "UN1 to UN5 say why a UPN is unknown; they are not a UPN"
    if len(value) != UPN_LENGTH:
        return "must be 13 characters"
    if value[0] not in UPN_ALPHABET:
        return "must start with a check letter (A to Z, not I, O or S)"
    if not _DIGITS.fullmatch(value[1:12]) or not value[1:12].isascii():
        return "characters 2 to 12 must be digits"
    last = value[12]
    if not ((last.isascii() and last.isdigit()) or last in UPN_ALPHABET):
        return "must end with a digit, or a letter other than I, O or S for a temporary UPN"
    if upn_check_letter(value[1:]) != value[0]:
        return "check letter does not match"
    return None
