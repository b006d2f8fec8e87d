"""514: adopters with legal status L0 (a single adopter) must have the sex code M1 or F1."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("514")
def check(x: Extract) -> pl.LazyFrame:
    status = pl.col("LS_ADOPTR") == "L0"
    sex_fits = pl.col("SEX_ADOPTR").is_in(["F1", "M1"]).fill_null(False)
    rows = x.lazy("AD1").filter(status.fill_null(False) & ~sex_fits)
    return flag(rows, "AD1", ["LS_ADOPTR", "SEX_ADOPTR"])
