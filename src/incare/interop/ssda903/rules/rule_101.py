"""101: the child's sex must be a valid code (1/2 until 2023/24; M, F or U from 2024/25)."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("101")
def check(x: Extract) -> pl.LazyFrame:
    valid = codes.sex(x.year.end_year)
    header = x.lazy("Header")
    return flag(header.filter(~pl.col("SEX").is_in(valid).fill_null(False)), "Header", ["SEX"])
