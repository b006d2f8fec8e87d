"""1005: a missing period's end date, when given, must be a valid date."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("1005")
def check(x: Extract) -> pl.LazyFrame:
    missing = x.lazy("Missing")
    invalid = pl.col("MIS_END__raw").is_not_null() & pl.col("MIS_END").is_null()
    return flag(missing.filter(invalid), "Missing", ["MIS_END"])
