"""133: the care leaver's accommodation must be a valid code."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("133")
def check(x: Extract) -> pl.LazyFrame:
    invalid = ~pl.col("ACCOM").is_in(codes.ACCOMMODATION).fill_null(False)
    return flag(x.lazy("OC3").filter(invalid), "OC3", ["ACCOM"])
