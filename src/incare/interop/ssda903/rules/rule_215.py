"""215: a child with care leaver (OC3) data must have no OC2 items for children looked after for
12 months."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._outcomes import OC2_ITEMS, OC3_ITEMS, any_given, fields
from incare.interop.ssda903.tables import ROW


@validation_rule("215")
def check(x: Extract) -> pl.LazyFrame:
    care_leavers = x.lazy("OC3").filter(any_given(*OC3_ITEMS)).select("CHILD", ROW)
    outcomes = (
        x.lazy("OC2").filter(any_given(*OC2_ITEMS)).select("CHILD", pl.col(ROW).alias("OC2_ROW"))
    )
    both = care_leavers.join(outcomes, on="CHILD", how="inner")
    return combine(
        flag(both, "OC3", fields("215")),
        flag(both.select("CHILD", pl.col("OC2_ROW").alias(ROW)), "OC2", fields("215")),
    )
