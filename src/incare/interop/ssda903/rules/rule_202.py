"""202: a child's sex must match the sex recorded for them in last year's return."""

import polars as pl

from incare.interop.ssda903.derived import last_year
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.tables import ROW


@validation_rule("202", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    last = last_year(x, "Header").select("CHILD", pl.col("SEX").alias("SEX_LAST"))
    changed = (
        x.lazy("Header")
        .join(last, on="CHILD", how="inner")
        .filter(pl.col("SEX").ne_missing(pl.col("SEX_LAST")))
        .unique(ROW, keep="first", maintain_order=True)
    )
    return flag(changed, "Header", ["SEX"])
