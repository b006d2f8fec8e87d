"""520: adopters with legal status L11 (a married couple of different sexes) must be MF."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("520")
def check(x: Extract) -> pl.LazyFrame:
    status = pl.col("LS_ADOPTR") == "L11"
    sex_fits = pl.col("SEX_ADOPTR").is_in(["MF"]).fill_null(False)
    rows = x.lazy("AD1").filter(status.fill_null(False) & ~sex_fits)
    return flag(rows, "AD1", ["LS_ADOPTR", "SEX_ADOPTR"])
