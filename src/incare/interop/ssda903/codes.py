"""SSDA903 code lists, by collection year (the year a collection ends in, e.g. 2026 = 2025/26).

Source: DfE "Children looked after return" guides 2022/23 to 2026/27; the lists as the DfE's
validation rules check them (rule numbers in comments). See docs/ssda903.md.
"""

from __future__ import annotations


def sex(year: int) -> frozenset[str]:
    """Rule 101: 1/2 until 2023/24; M, F, U from 2024/25."""
    return frozenset({"1", "2"}) if year <= 2024 else frozenset({"M", "F", "U"})


ETHNICITY = frozenset({
    "WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
    "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT",
})  # rule 103  # fmt: skip

LEGAL_STATUS = frozenset({
    "C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3",
})  # rule 144  # fmt: skip
SHORT_BREAK_LEGAL_STATUS = frozenset({"V3", "V4"})

CATEGORY_OF_NEED = frozenset({"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"})  # rule 145

REASON_NEW_EPISODE = frozenset({"S", "L", "P", "T", "B", "U"})  # rule 143

_PLACEMENTS_ALL_YEARS = frozenset({
    "A3", "A4", "A5", "A6", "K1", "K2", "P1", "P3", "R1", "R2", "R3", "R5", "S1",
    "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6",
})  # fmt: skip
TEMPORARY_PLACEMENTS = frozenset({"T0", "T1", "T2", "T3", "T4"})
OTHER_PLACEMENTS = frozenset({"Z1", "Z11", "Z12", "Z13", "Z14"})
FOSTER_PLACEMENTS = frozenset({"U1", "U2", "U3", "U4", "U5", "U6"})
ADOPTION_PLACEMENTS = frozenset({"A3", "A4", "A5", "A6"})


def placement_types(year: int) -> frozenset[str]:
    """Rule 146: H5, P2 and Z1 until 2024/25; K3 from 2024/25; Z11-Z14 from 2025/26."""
    codes = set(_PLACEMENTS_ALL_YEARS)
    if year <= 2025:
        codes |= {"H5", "P2", "Z1"}
    if year >= 2025:
        codes.add("K3")
    if year >= 2026:
        codes |= {"Z11", "Z12", "Z13", "Z14"}
    return frozenset(codes)


def placement_providers(year: int) -> frozenset[str]:
    """Rule 178: PR0-PR5."""
    return frozenset({"PR0", "PR1", "PR2", "PR3", "PR4", "PR5"})


REASON_EPISODE_CEASED = frozenset({
    "X1", "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48",
    "E5", "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17",
})  # rule 149  # fmt: skip

REASON_PLACE_CHANGE = frozenset({
    "CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE",
    "CUSTOD", "OTHER",
})  # rule 1009  # fmt: skip

REVIEW_CODES = frozenset({"PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"})  # rule 167
MISSING_CODES = frozenset({"M", "A"})  # rule 1006
UPN_UNKNOWN = frozenset({"UN1", "UN2", "UN3", "UN4", "UN5"})

IN_TOUCH = frozenset({"YES", "NO", "DIED", "REFU", "NREQ", "RHOM"})  # rule 131
ACTIVITY = frozenset({
    "F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0",
})  # rule 132  # fmt: skip
ACCOMMODATION = frozenset({
    "B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1",
    "R2", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2",
    "0",
})  # rule 133  # fmt: skip

PREVIOUS_PERMANENCE = frozenset({"P1", "P2", "P3", "P4", "Z1"})  # rule 631
SW_REASON = frozenset({
    "MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED",
    "OTHERS",
})  # rule SW13STG1  # fmt: skip
