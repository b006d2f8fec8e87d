"""333: a child matched with adopters needs a date they should be placed for adoption, not later.

When DATE_MATCH is a valid date, DATE_INT must be a valid date on or before it.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("333")
def check(x: Extract) -> pl.LazyFrame:
    matched = pl.col("DATE_MATCH").is_not_null()
    wrong = pl.col("DATE_INT").is_null() | (pl.col("DATE_INT") > pl.col("DATE_MATCH"))
    return flag(x.lazy("AD1").filter(matched & wrong), "AD1", ["DATE_INT"])
