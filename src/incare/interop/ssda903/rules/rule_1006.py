"""1006: the missing type, when given, must be M (missing) or A (away without authorisation)."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("1006")
def check(x: Extract) -> pl.LazyFrame:
    missing = x.lazy("Missing")
    invalid = pl.col("MISSING").is_not_null() & ~pl.col("MISSING").is_in(codes.MISSING_CODES)
    return flag(missing.filter(invalid), "Missing", ["MISSING"])
