"""175: the number of adopters (NB_ADOPTR) must be 1 or 2."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import NUMBER_OF_ADOPTERS, not_in


@validation_rule("175")
def check(x: Extract) -> pl.LazyFrame:
    rows = x.lazy("AD1")
    return flag(rows.filter(not_in("NB_ADOPTR", NUMBER_OF_ADOPTERS)), "AD1", ["NB_ADOPTR"])
