"""611: a child recorded as a mother must have the date of birth of her child."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("611")
def check(x: Extract) -> pl.LazyFrame:
    header = x.lazy("Header")
    error = (pl.col("MOTHER") == "1").fill_null(False) & pl.col("MC_DOB__raw").is_null()
    return flag(header.filter(error), "Header", ["MC_DOB", "MOTHER"])
