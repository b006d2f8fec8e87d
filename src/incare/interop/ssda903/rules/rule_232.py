"""232: the child's sex should not be reported as unknown (U)."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("232")
def check(x: Extract) -> pl.LazyFrame:
    header = x.lazy("Header")
    unknown = (pl.col("SEX").str.to_uppercase() == "U").fill_null(False)
    return flag(header.filter(unknown), "Header", ["SEX"])
