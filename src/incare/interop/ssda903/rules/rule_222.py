"""222: a placement of a type Ofsted does not register must have no URN (except XXXXXXX).

From 2025/26 Z1 is split into Z11-Z14, which take its place in the list; Z1 itself is no
longer a placement type (rule 146 flags it), so this rule no longer looks at it.
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
    return (NO_URN_UNTIL_2023 - {"H5", "P2", "Z1"}) | {"Z11", "Z12", "Z13", "Z14"}


@validation_rule("222")
def check(x: Extract) -> pl.LazyFrame:
    given = (
        code_in("PLACE", _no_urn(x.year.end_year))
        & pl.col("URN").is_not_null()
        & (pl.col("URN") != PLACEHOLDER_URN)
    )
    return flag(x.lazy("Episodes").filter(given), "Episodes", ["URN"])
