"""511: when two people adopt the child, the sex of the adopters must be MM, FF or MF."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import SINGLE_ADOPTER


@validation_rule("511")
def check(x: Extract) -> pl.LazyFrame:
    couple = pl.col("NB_ADOPTR") == "2"
    single_sex = pl.col("SEX_ADOPTR").is_in(sorted(SINGLE_ADOPTER))
    rows = x.lazy("AD1").filter((couple & single_sex).fill_null(False))
    return flag(rows, "AD1", ["NB_ADOPTR", "SEX_ADOPTR"])
