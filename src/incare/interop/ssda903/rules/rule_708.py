"""708: a DoLO must start after the child's date of birth."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("708")
def check(x: Extract) -> pl.LazyFrame:
    too_early = (pl.col("DOLO_START") <= pl.col("DOB")).fill_null(False)
    return flag(x.lazy("DoLo").filter(too_early), "DoLo", ["DOLO_START"])
