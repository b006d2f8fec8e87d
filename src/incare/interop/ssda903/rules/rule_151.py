"""151: the adoption items of AD1 must be either all filled in or all left blank."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import AD1_DATES, AD1_ITEMS, given


@validation_rule("151")
def check(x: Extract) -> pl.LazyFrame:
    filled = [given(item, date=item in AD1_DATES) for item in AD1_ITEMS]
    some = pl.any_horizontal(filled)
    every = pl.all_horizontal(filled)
    rows = x.lazy("AD1").filter(some & ~every)
    return flag(rows, "AD1", list(AD1_ITEMS))
