"""576: a missing period open at the end of last year must be this year's first, same start date."""

import datetime as dt

import polars as pl

from incare.interop.ssda903.derived import last_year
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._header import date_lit
from incare.interop.ssda903.tables import ROW

NO_START = dt.date(2099, 1, 1)  # orders a period without a valid start after all others


@validation_rule("576", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    start = pl.col("MIS_START").fill_null(date_lit(NO_START))
    first = (
        x.lazy("Missing")
        .filter(pl.col("CHILD").is_not_null())
        .with_columns(start.alias("_START"))
        .filter(pl.col("_START") == pl.col("_START").min().over("CHILD"))
        .filter(pl.int_range(pl.len()).over("CHILD") == 0)
    )
    open_last_year = (
        last_year(x, "Missing")
        .filter(pl.col("MIS_END__raw").is_null() & pl.col("MIS_START").is_not_null())
        .select("CHILD", pl.col("MIS_START").alias("_START_LAST"))
    )
    not_continued = (
        first.join(open_last_year, on="CHILD", how="inner")
        .filter(pl.col("_START") != pl.col("_START_LAST"))
        .unique(ROW, keep="first", maintain_order=True)
    )
    return flag(not_continued, "Missing", ["CHILD"])
