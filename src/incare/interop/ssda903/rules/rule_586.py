"""586: a missing period must not start on or before the child's date of birth."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("586")
def check(x: Extract) -> pl.LazyFrame:
    missing = x.lazy("Missing")
    early = (pl.col("MIS_START") <= pl.col("DOB")).fill_null(False)
    return flag(missing.filter(early), "Missing", ["MIS_START"])
