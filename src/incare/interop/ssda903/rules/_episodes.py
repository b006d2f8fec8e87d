"""Helpers shared by the episode rules: episodes in order per child, header joins, spells.

Polars expressions and lazy frames only. Nothing here changes the extract's tables: every helper
returns a new plan.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from incare.interop.ssda903.derived import blank
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag
from incare.interop.ssda903.tables import ROW

HEADER_ROW = "HEADER_ROW"
SEQ = "SEQ"  # 0-based position of an episode among its child's episodes, in order

# Reasons an episode ceased that end the period of care (every code but X1, rule 432).
CEASED_CARE = frozenset({
    "E2", "E3", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9", "E11", "E12", "E13", "E14", "E15",
    "E16", "E17", "E41", "E45", "E46", "E47", "E48",
})  # fmt: skip
ADOPTED = frozenset({"E11", "E12"})
SPECIAL_GUARDIANSHIP = frozenset({"E45", "E46", "E47", "E48"})


def female(year: int) -> str:
    """The SEX code for female: 2 until 2023/24, F from 2024/25 (rule 101)."""
    return "2" if year <= 2024 else "F"


def episodes(x: Extract, *, dated_only: bool = False) -> pl.LazyFrame:
    """Episodes with a child ID (optionally only those with a valid start date)."""
    frame = x.lazy("Episodes").filter(pl.col("CHILD").is_not_null())
    return frame.filter(pl.col("DECOM").is_not_null()) if dated_only else frame


def in_order(
    frame: pl.LazyFrame,
    neighbours: Sequence[str] = (),
    *,
    by: Sequence[str] = ("DECOM",),
) -> pl.LazyFrame:
    """Each child's episodes in order of `by` (blank dates last, ties in file order).

    Adds SEQ, N (the child's number of episodes) and, for each column in `neighbours`,
    PREV_<col> and NEXT_<col> from the episode before and after (null at either end).
    """
    ordered = frame.sort("CHILD", *by, ROW, nulls_last=True)
    child = pl.col("CHILD")
    return ordered.with_columns(
        pl.int_range(pl.len()).over(child).alias(SEQ),
        pl.len().over(child).alias("N"),
        *(pl.col(c).shift(1).over(child).alias(f"PREV_{c}") for c in neighbours),
        *(pl.col(c).shift(-1).over(child).alias(f"NEXT_{c}") for c in neighbours),
    )


def first_per_child(frame: pl.LazyFrame, by: str = "DECOM") -> pl.LazyFrame:
    """Each child's earliest row by `by` (rows where `by` is blank are never chosen)."""
    return (
        frame.filter(pl.col(by).is_not_null())
        .sort("CHILD", by, ROW)
        .unique("CHILD", keep="first", maintain_order=True)
    )


def last_per_child(frame: pl.LazyFrame, by: str = "DECOM") -> pl.LazyFrame:
    """Each child's latest row by `by`; among ties, the first in the file."""
    return (
        frame.filter(pl.col(by).is_not_null())
        .sort(["CHILD", by, ROW], descending=[False, True, False])
        .unique("CHILD", keep="first", maintain_order=True)
    )


def header_rows(x: Extract) -> pl.LazyFrame:
    """Every Header row with its row number as HEADER_ROW (children may repeat)."""
    header = x.lazy("Header").filter(pl.col("CHILD").is_not_null())
    return header.rename({ROW: HEADER_ROW})


def with_header(frame: pl.LazyFrame, x: Extract, columns: Sequence[str]) -> pl.LazyFrame:
    """`frame` joined to every Header row of its child (HEADER_ROW null when none)."""
    header = header_rows(x).select("CHILD", HEADER_ROW, *columns)
    return frame.join(header, on="CHILD", how="left")


def flag_header(frame: pl.LazyFrame, fields: Sequence[str]) -> pl.LazyFrame:
    """Findings for the Header rows (HEADER_ROW) named in a joined frame."""
    rows = frame.filter(pl.col(HEADER_ROW).is_not_null()).select(
        "CHILD", pl.col(HEADER_ROW).alias(ROW)
    )
    return flag(rows, "Header", fields)


def end_or_collection_end(x: Extract) -> pl.Expr:
    """DEC, or the collection end when DEC is blank (an open episode); null when unreadable."""
    return pl.when(blank("DEC")).then(pl.lit(x.year.end, dtype=pl.Date)).otherwise(pl.col("DEC"))


def days(later: pl.Expr, earlier: pl.Expr) -> pl.Expr:
    return (later - earlier).dt.total_days()


def long_spells(x: Extract, legal_status: str, max_days: int) -> pl.LazyFrame:
    """Episodes in a spell of `legal_status` lasting more than `max_days` days.

    A spell is a run of the child's consecutive episodes (in order of start) with that legal
    status, each starting on or before the day the one before it ended. An open episode runs to
    the end of the collection year, explicitly; an unreadable end date ends nothing.
    """
    ordered = in_order(episodes(x, dated_only=True)).with_columns(
        end_or_collection_end(x).alias("END"),
        (pl.col("LS") == legal_status).fill_null(False).alias("IN_STATUS"),
    )
    child = pl.col("CHILD")
    continues = (
        pl.col("IN_STATUS")
        & pl.col("IN_STATUS").shift(1).over(child).fill_null(False)
        & (pl.col("END").shift(1).over(child) >= pl.col("DECOM")).fill_null(False)
    )
    spells = ordered.with_columns((~continues).cum_sum().over(child).alias("SPELL"))
    spells = spells.filter(pl.col("IN_STATUS")).with_columns(
        days(pl.col("END").max(), pl.col("DECOM").min()).over(child, "SPELL").alias("LENGTH")
    )
    return spells.filter(pl.col("LENGTH") > max_days)


def differs_from_open_episode(x: Extract, column: str) -> pl.LazyFrame:
    """This year's first episodes whose `column` differs from last year's open latest episode.

    For rules 503A-503C: the child's latest episode last year (by start date) was still open
    (DEC blank), and this year's first episode (by start date) does not carry its value on.
    """
    if x.previous is None:
        return x.lazy("Episodes").clear()
    last = last_per_child(episodes(x.previous)).filter(blank("DEC"))
    last = last.select("CHILD", pl.col(column).alias("LAST_YEAR"))
    first = first_per_child(episodes(x)).join(last, on="CHILD", how="inner")
    return first.filter(pl.col(column).ne_missing(pl.col("LAST_YEAR")))
