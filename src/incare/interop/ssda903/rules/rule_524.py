"""524: adopters with legal status L12 must be a same-sex couple (MM or FF)."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("524")
def check(x: Extract) -> pl.LazyFrame:
    status = pl.col("LS_ADOPTR") == "L12"
    sex_fits = pl.col("SEX_ADOPTR").is_in(["FF", "MM"]).fill_null(False)
    rows = x.lazy("AD1").filter(status.fill_null(False) & ~sex_fits)
    return flag(rows, "AD1", ["LS_ADOPTR", "SEX_ADOPTR"])
