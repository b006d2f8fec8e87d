"""567: a missing period must not end before it starts."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("567")
def check(x: Extract) -> pl.LazyFrame:
    missing = x.lazy("Missing")
    backwards = (pl.col("MIS_START") > pl.col("MIS_END")).fill_null(False)
    return flag(missing.filter(backwards), "Missing", ["MIS_END", "MIS_START"])
