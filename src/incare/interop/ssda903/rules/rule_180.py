"""180: the SDQ score, when given, must be a whole number from 0 to 40."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import fields


@validation_rule("180")
def check(x: Extract) -> pl.LazyFrame:
    # As a number, as the validator reads it: "7", "07" and "7.0" are all 7.
    score = pl.col("SDQ_SCORE").cast(pl.Float64, strict=False)
    valid = (score == score.floor()) & (score >= 0) & (score <= 40)
    invalid = pl.col("SDQ_SCORE").is_not_null() & ~valid.fill_null(False)
    return flag(x.lazy("OC2").filter(invalid), "OC2", fields("180"))
