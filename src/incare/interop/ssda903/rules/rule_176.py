"""176: the sex of the adopters (SEX_ADOPTR) must be M1, F1, MM, FF or MF."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import SEX_OF_ADOPTERS, not_in


@validation_rule("176")
def check(x: Extract) -> pl.LazyFrame:
    rows = x.lazy("AD1")
    return flag(rows.filter(not_in("SEX_ADOPTR", SEX_OF_ADOPTERS)), "AD1", ["SEX_ADOPTR"])
