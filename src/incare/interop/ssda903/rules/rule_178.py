"""178: a placement provider, when given, must be a valid code and the placement must need one.

Until 2024/25 no provider is needed for T0-T4 and Z1; from 2025/26 for T0-T3 and Z11-Z14 (the
DfE's 2025/26 text leaves out T4, which rule 213 covers).
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in


def _no_provider(year: int) -> frozenset[str]:
    if year <= 2025:
        return codes.TEMPORARY_PLACEMENTS | {"Z1"}
    return (codes.TEMPORARY_PLACEMENTS - {"T4"}) | {"Z11", "Z12", "Z13", "Z14"}


@validation_rule("178")
def check(x: Extract) -> pl.LazyFrame:
    year = x.year.end_year
    valid = code_in("PLACE_PROVIDER", codes.placement_providers(year)) & ~code_in(
        "PLACE", _no_provider(year)
    )
    invalid = pl.col("PLACE_PROVIDER").is_not_null() & ~valid
    return flag(x.lazy("Episodes").filter(invalid), "Episodes", ["PLACE_PROVIDER"])
