"""564: a missing or away-from-placement period must have a start date."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("564")
def check(x: Extract) -> pl.LazyFrame:
    missing = x.lazy("Missing")
    recorded = pl.col("MISSING").is_in(["M", "A", "m", "a"]).fill_null(False)
    return flag(
        missing.filter(recorded & pl.col("MIS_START__raw").is_null()),
        "Missing",
        ["MISSING", "MIS_START"],
    )
