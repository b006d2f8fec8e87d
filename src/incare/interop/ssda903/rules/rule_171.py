"""171: the date of birth of the mother's child, when given, must be a valid date."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("171")
def check(x: Extract) -> pl.LazyFrame:
    header = x.lazy("Header")
    invalid = pl.col("MC_DOB__raw").is_not_null() & pl.col("MC_DOB").is_null()
    return flag(header.filter(invalid), "Header", ["MC_DOB"])
