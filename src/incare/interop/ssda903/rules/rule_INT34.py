"""INT34: a child must appear only once in OC3."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import fields


@validation_rule("INT34")
def check(x: Extract) -> pl.LazyFrame:
    repeated = pl.col("CHILD").is_not_null() & (pl.len().over("CHILD") > 1)
    return flag(x.lazy("OC3").filter(repeated), "OC3", fields("INT34"))
