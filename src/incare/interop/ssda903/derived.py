"""Expressions and frames that many SSDA903 rules share (ages, birthdays, dates of birth).

Polars expressions only: rules stay vectorised, and shared sub-plans are computed once when
the validator collects all rules together.
"""

from __future__ import annotations

import polars as pl

from incare.interop.ssda903.extract import Extract, empty_table
from incare.interop.ssda903.tables import RAW_SUFFIX, ROW, TABLES


def age_in_years(on: pl.Expr, dob: pl.Expr) -> pl.Expr:
    """Whole years of age on `on` for a child born on `dob` (null if either is null).

    A child born on 29 February has their birthday on 28 February in common years, as
    `birthday()` says.
    """
    on_md = on.dt.month().cast(pl.Int32) * 100 + on.dt.day().cast(pl.Int32)
    dob_md = dob.dt.month().cast(pl.Int32) * 100 + dob.dt.day().cast(pl.Int32)
    dob_md = pl.when((dob_md == 229) & ~on.dt.is_leap_year()).then(228).otherwise(dob_md)
    years = on.dt.year().cast(pl.Int32) - dob.dt.year().cast(pl.Int32)
    return years - (on_md < dob_md).cast(pl.Int32)


def birthday(dob: pl.Expr, years: int) -> pl.Expr:
    """The date of the `years`-th birthday (29 February -> 28 February in common years)."""
    return dob.dt.offset_by(f"{years}y")


def collection_start(x: Extract) -> pl.Expr:
    return pl.lit(x.year.start, dtype=pl.Date)


def collection_end(x: Extract) -> pl.Expr:
    return pl.lit(x.year.end, dtype=pl.Date)


def child_dob(x: Extract) -> pl.LazyFrame:
    """CHILD -> DOB from the Header table (first row per child), to join onto other tables."""
    return (
        x.lazy("Header")
        .select("CHILD", pl.col("DOB").alias("HEADER_DOB"))
        .unique("CHILD", keep="first", maintain_order=True)
    )


def last_year(x: Extract, table: str) -> pl.LazyFrame:
    """The previous year's `table` (empty when there is no previous extract or no such table)."""
    if x.previous is None:
        return empty_table(TABLES[table]).lazy()
    return x.previous.lazy(table)


def children(frame: pl.LazyFrame) -> pl.LazyFrame:
    """The distinct, non-blank CHILD ids of a table, to semi- or anti-join on."""
    return frame.select("CHILD").filter(pl.col("CHILD").is_not_null()).unique()


def blank(column: str) -> pl.Expr:
    """The date column was left blank in the file (an unreadable date is not blank)."""
    return pl.col(column + RAW_SUFFIX).is_null()


def not_in_header(x: Extract, table: str) -> pl.LazyFrame:
    """Rows of `table` whose child has no Header row (nothing when Header was not supplied)."""
    rows = x.lazy(table)
    if not x.has("Header"):
        return rows.head(0)
    return rows.join(children(x.lazy("Header")), on="CHILD", how="anti")


def differs_from_header(x: Extract, table: str, column: str) -> pl.LazyFrame:
    """Rows of `table` whose `column` differs from the child's Header row (both known; a child
    in Header twice is checked against each row)."""
    header = x.lazy("Header").select("CHILD", pl.col(column).alias("_HEADER"))
    return (
        x.lazy(table)
        .join(header, on="CHILD", how="inner")
        .filter(pl.col(column) != pl.col("_HEADER"))
        .unique(ROW, keep="first", maintain_order=True)
    )
