"""377: a child may have at most two holiday-cover placements (T3) starting in any 12 months.

Every T3 episode among three or more starting within 12 months of each other is flagged.
Differs from the public validator: it counts within 12-month periods, as the DfE rule says; the
validator flags all T3 episodes of any child with more than two in the file, however far apart,
and counts T3 episodes with no start date, which here cannot be placed in a period.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("377")
def check(x: Extract) -> pl.LazyFrame:
    holidays = x.lazy("Episodes").filter(
        (pl.col("PLACE") == "T3").fill_null(False)
        & pl.col("CHILD").is_not_null()
        & pl.col("DECOM").is_not_null()
    )
    starts = holidays.select("CHILD", pl.col("DECOM").alias("FROM"))
    # Each 12-month period starting on a T3 episode's start, and how many T3 starts it holds.
    periods = (
        starts.join(holidays.select("CHILD", "DECOM"), on="CHILD")
        .filter(
            (pl.col("DECOM") >= pl.col("FROM"))
            & (pl.col("DECOM") < pl.col("FROM").dt.offset_by("1y"))
        )
        .group_by("CHILD", "FROM")
        .agg(pl.len().alias("IN_PERIOD"))
        .filter(pl.col("IN_PERIOD") > 2)
    )
    too_many = (
        holidays.join(periods, on="CHILD")
        .filter(
            (pl.col("DECOM") >= pl.col("FROM"))
            & (pl.col("DECOM") < pl.col("FROM").dt.offset_by("1y"))
        )
        .unique("ROW")
    )
    return flag(too_many, "Episodes", ["PLACE"])
