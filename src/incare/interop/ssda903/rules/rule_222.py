"""222: a placement of a type Ofsted does not register must have no URN (except XXXXXXX).

Differs from the public validator: from 2025/26 the types Z11-Z14 must have no URN either (the
validator's list was not updated when Z1 was split, though its rule 218 no longer asks a URN
of them).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import NO_URN_UNTIL_2023, code_in

PLACEHOLDER_URN = "XXXXXXX"


def _no_urn(year: int) -> frozenset[str]:
    if year <= 2023:
        return NO_URN_UNTIL_2023
    if year == 2024:
        return NO_URN_UNTIL_2023 - {"H5"}
    if year == 2025:
        return NO_URN_UNTIL_2023 - {"H5", "P2"}
    return (NO_URN_UNTIL_2023 - {"H5", "P2"}) | {"Z11", "Z12", "Z13", "Z14"}


@validation_rule("222")
def check(x: Extract) -> pl.LazyFrame:
    given = (
        code_in("PLACE", _no_urn(x.year.end_year))
        & pl.col("URN").is_not_null()
        & (pl.col("URN") != PLACEHOLDER_URN)
    )
    return flag(x.lazy("Episodes").filter(given), "Episodes", ["URN"])
