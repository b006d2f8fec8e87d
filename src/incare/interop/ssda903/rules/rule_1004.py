"""1004: a missing period's start date must be a valid date."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("1004")
def check(x: Extract) -> pl.LazyFrame:
    missing = x.lazy("Missing")
    return flag(missing.filter(pl.col("MIS_START").is_null()), "Missing", ["MIS_START"])
