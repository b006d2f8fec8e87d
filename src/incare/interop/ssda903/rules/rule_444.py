"""444: a UPN other than the unknown codes UN1-UN5 must not be reported for more than one row."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("444")
def check(x: Extract) -> pl.LazyFrame:
    header = x.lazy("Header")
    real_upn = pl.col("UPN").is_not_null() & ~pl.col("UPN").is_in(codes.UPN_UNKNOWN)
    duplicated = real_upn & (pl.len().over("UPN") > 1)
    return flag(header.filter(duplicated), "Header", ["UPN"])
