"""Helpers shared by the header, UASC, reviews, missing and INT rules.

UASC status: the DfE's CSV files carry no UASC flag in the Header table, so a child's UASC status
for a year is whether the child has a row in that year's UASC table (as the public validator's
CSV reader derives it).
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.tables import ROW


def has_last_year(x: Extract, table: str) -> bool:
    return x.previous is not None and x.previous.has(table)


def date_lit(day: dt.date) -> pl.Expr:
    return pl.lit(day, dtype=pl.Date)


def periods_of_care(x: Extract) -> pl.LazyFrame:
    """CHILD, POC_START, POC_END: each child's periods of care, as the missing rules build them.

    Episodes with a valid start, in child and start order; a new period begins with a new child
    or when an episode starts after the previous one ended (an open episode never ends a
    period). POC_END is the end of the period's last episode (blank when that one is open).
    """
    episodes = (
        x.lazy("Episodes")
        .filter(pl.col("DECOM").is_not_null())
        .select("CHILD", "DECOM", "DEC")
        .sort("CHILD", "DECOM", nulls_last=True, maintain_order=True)
    )
    new_period = (
        pl.col("CHILD").is_null()
        | pl.col("CHILD").ne_missing(pl.col("CHILD").shift(1))
        | (pl.col("DECOM") > pl.col("DEC").shift(1)).fill_null(False)
    )
    return (
        episodes.with_columns(new_period.cast(pl.UInt32).cum_sum().alias("_PERIOD"))
        .group_by("_PERIOD", maintain_order=True)
        .agg(
            pl.col("CHILD").first(),
            pl.col("DECOM").first().alias("POC_START"),
            pl.col("DEC").last().alias("POC_END"),
        )
        .drop("_PERIOD")
    )


def rows_where_all(frame: pl.LazyFrame, condition: pl.Expr) -> pl.LazyFrame:
    """The rows (by ROW) of `frame` for which `condition` holds on every joined copy of them."""
    return (
        frame.group_by(ROW, maintain_order=True)
        .agg(pl.col("CHILD").first(), condition.fill_null(False).all().alias("_ALL"))
        .filter(pl.col("_ALL"))
    )


def repeated_child(x: Extract, table: str) -> pl.LazyFrame:
    """Rows of `table` whose (non-blank) CHILD appears on more than one row."""
    rows = x.lazy(table)
    return rows.filter(pl.col("CHILD").is_not_null() & (pl.len().over("CHILD") > 1))
