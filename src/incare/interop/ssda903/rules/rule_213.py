"""213: a temporary placement (T0-T4; from 2025/26 also Z11-Z14) must have no placement provider."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("213")
def check(x: Extract) -> pl.LazyFrame:
    no_provider = set(codes.TEMPORARY_PLACEMENTS)
    if x.year.end_year >= 2026:
        no_provider |= {"Z11", "Z12", "Z13", "Z14"}
    given = code_in("PLACE", no_provider) & pl.col("PLACE_PROVIDER").is_not_null()
    return flag(x.lazy("Episodes").filter(given), "Episodes", ["PLACE_PROVIDER"])
