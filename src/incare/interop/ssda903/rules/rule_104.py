"""104: the date UASC status ceased must be a valid date, not before the collection year."""

import polars as pl

from incare.interop.ssda903.derived import collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("104")
def check(x: Extract) -> pl.LazyFrame:
    uasc = x.lazy("UASC")
    not_a_date = pl.col("DUC__raw").is_not_null() & pl.col("DUC").is_null()
    too_early = (pl.col("DUC") < collection_start(x)).fill_null(False)
    return flag(uasc.filter(not_a_date | too_early), "UASC", ["DUC"])
