"""1009: the reason for placement change, when given, must be a valid code."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("1009")
def check(x: Extract) -> pl.LazyFrame:
    invalid = pl.col("REASON_PLACE_CHANGE").is_not_null() & ~code_in(
        "REASON_PLACE_CHANGE", codes.REASON_PLACE_CHANGE
    )
    return flag(x.lazy("Episodes").filter(invalid), "Episodes", ["REASON_PLACE_CHANGE"])
