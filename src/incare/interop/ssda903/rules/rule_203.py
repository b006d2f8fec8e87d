"""203: a child's date of birth must match the one recorded for them in last year's return."""

import polars as pl

from incare.interop.ssda903.derived import last_year
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.tables import ROW


@validation_rule("203", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    last = last_year(x, "Header").select("CHILD", pl.col("DOB").alias("DOB_LAST"))
    changed = (
        x.lazy("Header")
        .join(last, on="CHILD", how="inner")
        .filter(pl.col("DOB").ne_missing(pl.col("DOB_LAST")))
        .unique(ROW, keep="first", maintain_order=True)
    )
    return flag(changed, "Header", ["DOB"])
