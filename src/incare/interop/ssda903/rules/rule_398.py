"""398: a child on a short break (legal status V3 or V4) must have no home or placement postcode."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("398")
def check(x: Extract) -> pl.LazyFrame:
    given = code_in("LS", codes.SHORT_BREAK_LEGAL_STATUS) & (
        pl.col("HOME_POST").is_not_null() | pl.col("PL_POST").is_not_null()
    )
    return flag(x.lazy("Episodes").filter(given), "Episodes", ["HOME_POST", "LS", "PL_POST"])
