"""304: the date UASC status ceased must be on or before the child's 18th birthday."""

import polars as pl

from incare.interop.ssda903.derived import birthday
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("304")
def check(x: Extract) -> pl.LazyFrame:
    uasc = x.lazy("UASC")
    late = (pl.col("DUC") > birthday(pl.col("DOB"), 18)).fill_null(False)
    return flag(uasc.filter(late), "UASC", ["DUC"])
