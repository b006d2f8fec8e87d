"""526: every placement except temporary (T0-T4) and other (Z1; from 2025/26 Z11-Z14) ones needs a
provider.
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("526")
def check(x: Extract) -> pl.LazyFrame:
    other = {"Z1"} if x.year.end_year <= 2025 else {"Z11", "Z12", "Z13", "Z14"}
    exempt = codes.TEMPORARY_PLACEMENTS | other
    missing = pl.col("PLACE_PROVIDER").is_null() & ~code_in("PLACE", exempt)
    return flag(x.lazy("Episodes").filter(missing), "Episodes", ["PLACE", "PLACE_PROVIDER"])
