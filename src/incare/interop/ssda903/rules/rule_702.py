"""702: a DoLO must end after the day it started."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("702")
def check(x: Extract) -> pl.LazyFrame:
    backwards = (pl.col("DOLO_END") <= pl.col("DOLO_START")).fill_null(False)
    return flag(x.lazy("DoLo").filter(backwards), "DoLo", ["DOLO_END", "DOLO_START"])
