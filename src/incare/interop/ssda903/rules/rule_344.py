"""344: a care leaver who has died or returned home (IN_TOUCH DIED or RHOM) must have activity
and accommodation 0."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import fields

GONE = frozenset({"DIED", "RHOM"})


@validation_rule("344")
def check(x: Extract) -> pl.LazyFrame:
    gone = pl.col("IN_TOUCH").is_in(GONE).fill_null(False)
    not_zero = pl.col("ACTIV").ne_missing("0") | pl.col("ACCOM").ne_missing("0")
    return flag(x.lazy("OC3").filter(gone & not_zero), "OC3", fields("344"))
