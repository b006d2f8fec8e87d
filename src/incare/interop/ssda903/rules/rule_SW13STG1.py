"""SW13STG1: the reason for social worker change must be a valid code, and given for every change.

The reason may be blank only on the child's first episode of the year: the latest episode
started before 1 April if it is still open on 1 April, or else the first to start in the year,
as the public validator does from 2024/25.
Differs from the public validator: its 2023/24 version looks for a table named "SW_Episodes"
and so never flags anything; we apply the 2024/25 check in 2023/24 too.
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.derived import collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.tables import ROW


@validation_rule("SW13STG1")
def check(x: Extract) -> pl.LazyFrame:
    start = collection_start(x)
    decom, dec = pl.col("SW_DECOM"), pl.col("SW_DEC")
    episodes = x.lazy("SWEpisodes")
    ordered = episodes.sort(["CHILD", "SW_DECOM", ROW])
    open_from_before = (
        ordered.filter(decom < start)
        .group_by("CHILD")
        .agg(pl.all().last())
        .filter(dec.is_null() | (dec >= start))
        .select("CHILD", pl.col(ROW).alias("_ROW"), pl.lit(0).alias("_RANK"))
    )
    first_in_year = (
        ordered.filter(decom >= start)
        .group_by("CHILD")
        .agg(pl.all().first())
        .select("CHILD", pl.col(ROW).alias("_ROW"), pl.lit(1).alias("_RANK"))
    )
    first_of_year = (
        pl.concat([open_from_before, first_in_year])
        .sort("CHILD", "_RANK")
        .group_by("CHILD")
        .agg(pl.col("_ROW").first())
        .select(pl.col("_ROW").alias(ROW), pl.lit(True).alias("_FIRST"))
    )
    reason = pl.col("SW_REASON")
    invalid = ~reason.is_in(codes.SW_REASON).fill_null(False)
    allowed_blank = reason.is_null() & pl.col("_FIRST").fill_null(False)
    checked = episodes.join(first_of_year, on=ROW, how="left")
    return flag(checked.filter(invalid & ~allowed_blank), "SWEpisodes", ["SW_REASON"])
