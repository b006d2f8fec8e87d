"""701: the end date of a DoLO, when given, must be a valid date."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("701")
def check(x: Extract) -> pl.LazyFrame:
    invalid = pl.col("DOLO_END__raw").is_not_null() & pl.col("DOLO_END").is_null()
    return flag(x.lazy("DoLo").filter(invalid), "DoLo", ["DOLO_END"])
