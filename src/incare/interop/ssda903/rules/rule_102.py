"""102: the date of birth must be a valid date (DD/MM/YYYY)."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("102")
def check(x: Extract) -> pl.LazyFrame:
    header = x.lazy("Header")
    return flag(header.filter(pl.col("DOB").is_null()), "Header", ["DOB"])
