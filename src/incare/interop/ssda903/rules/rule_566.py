"""566: a missing period with an end date must say whether the child was missing or away."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("566")
def check(x: Extract) -> pl.LazyFrame:
    missing = x.lazy("Missing")
    error = pl.col("MIS_END__raw").is_not_null() & pl.col("MISSING").is_null()
    return flag(missing.filter(error), "Missing", ["MISSING", "MIS_END"])
