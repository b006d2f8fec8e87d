"""204: a child's ethnicity must match the one recorded for them in last year's return."""

import polars as pl

from incare.interop.ssda903.derived import last_year
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.tables import ROW


@validation_rule("204", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    last = last_year(x, "Header").select("CHILD", pl.col("ETHNIC").alias("ETHNIC_LAST"))
    now = pl.col("ETHNIC").str.to_uppercase()
    before = pl.col("ETHNIC_LAST").str.to_uppercase()
    changed = (
        x.lazy("Header")
        .join(last, on="CHILD", how="inner")
        .filter(now.ne_missing(before))
        .unique(ROW, keep="first", maintain_order=True)
    )
    return flag(changed, "Header", ["ETHNIC"])
