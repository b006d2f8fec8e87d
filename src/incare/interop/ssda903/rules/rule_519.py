"""519: adopters with legal status L2 (civil partners) must be a couple (MM, FF or MF)."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("519")
def check(x: Extract) -> pl.LazyFrame:
    status = pl.col("LS_ADOPTR") == "L2"
    sex_fits = pl.col("SEX_ADOPTR").is_in(["FF", "MF", "MM"]).fill_null(False)
    rows = x.lazy("AD1").filter(status.fill_null(False) & ~sex_fits)
    return flag(rows, "AD1", ["LS_ADOPTR", "SEX_ADOPTR"])
