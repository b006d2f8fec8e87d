"""131: whether the local authority is in touch with the care leaver must be a valid code."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("131")
def check(x: Extract) -> pl.LazyFrame:
    invalid = ~pl.col("IN_TOUCH").is_in(codes.IN_TOUCH).fill_null(False)
    return flag(x.lazy("OC3").filter(invalid), "OC3", ["IN_TOUCH"])
