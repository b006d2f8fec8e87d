"""700: the start date of a deprivation of liberty order (DoLO) must be a valid date."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("700")
def check(x: Extract) -> pl.LazyFrame:
    dolo = x.lazy("DoLo")
    return flag(dolo.filter(pl.col("DOLO_START").is_null()), "DoLo", ["DOLO_START"])
