"""517: adopters with legal status L3 must be a male and female couple (MF)."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("517")
def check(x: Extract) -> pl.LazyFrame:
    status = pl.col("LS_ADOPTR") == "L3"
    sex_fits = pl.col("SEX_ADOPTR").is_in(["MF"]).fill_null(False)
    rows = x.lazy("AD1").filter(status.fill_null(False) & ~sex_fits)
    return flag(rows, "AD1", ["LS_ADOPTR", "SEX_ADOPTR"])
