"""Helpers shared by the social-worker, DoLO and Ofsted URN rules.

Polars expressions and lazy frames only, so the rules stay vectorised.
"""

from __future__ import annotations

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.providers import PROVIDER_SCHEMA
from incare.interop.ssda903.tables import ROW

# The DfE's placeholder for a placement whose Ofsted URN is not known (rules 219-229, 1008).
URN_PLACEHOLDER = "XXXXXXX"
SHORT_BREAKS = codes.SHORT_BREAK_LEGAL_STATUS


def sw_in_order(x: Extract) -> pl.LazyFrame:
    """SWEpisodes in each child's order: by start date, then end date, then file row.

    Blank or invalid dates sort last, as the public validator sorts them.
    """
    return x.lazy("SWEpisodes").sort(["CHILD", "SW_DECOM", "SW_DEC", ROW], nulls_last=True)


def with_previous_sw(x: Extract) -> pl.LazyFrame:
    """SWEpisodes in order with the previous episode's end (`PREV_SW_DEC`) and whether there is one.

    `HAS_PREV` is false for a child's first episode in that order.
    """
    return sw_in_order(x).with_columns(
        pl.col("SW_DEC").shift(1).over("CHILD").alias("PREV_SW_DEC"),
        (pl.int_range(pl.len()).over("CHILD") > 0).alias("HAS_PREV"),
    )


def with_latest_sw(x: Extract) -> pl.LazyFrame:
    """SWEpisodes with `IS_LATEST`: the child's episode with the latest valid start date.

    Ties on the start date go to the later row in the file; a child whose start dates are all
    blank or invalid has their last row as latest.
    """
    return (
        x.lazy("SWEpisodes")
        .sort(["CHILD", "SW_DECOM", ROW], nulls_last=False)
        .with_columns((pl.col(ROW) == pl.col(ROW).last().over("CHILD")).alias("IS_LATEST"))
    )


def days(n: int) -> str:
    return f"{n}d"


def urn_given(urn: pl.Expr) -> pl.Expr:
    """An Ofsted URN is recorded and is not the DfE's placeholder."""
    return urn.is_not_null() & (urn.str.to_uppercase() != URN_PLACEHOLDER)


def normalised_urn(urn: pl.Expr) -> pl.Expr:
    return urn.str.strip_chars().str.to_uppercase()


def provider_lookup(x: Extract) -> pl.LazyFrame:
    """The Ofsted provider lists, one row per URN (`_URN`).

    A URN listed more than once (in several lists, or once per premises) gets the union of its
    placement codes, provider codes, postcodes and councils; it is still registered
    (`P_REG_END` null) if any listing has no end of registration, else `P_REG_END` is the latest.
    """
    providers = x.providers if x.providers is not None else pl.DataFrame(schema=PROVIDER_SCHEMA)
    return (
        providers.lazy()
        .group_by("URN")
        .agg(
            pl.col("PLACE_CODES").explode().drop_nulls().unique().alias("P_PLACE_CODES"),
            pl.col("PROVIDER_CODES").explode().drop_nulls().unique().alias("P_PROVIDER_CODES"),
            pl.col("POSTCODE").drop_nulls().unique().alias("P_POSTCODES"),
            pl.col("LA_CODE").drop_nulls().unique().alias("P_LA_CODES"),
            pl.when(pl.col("REG_END").is_null().any())
            .then(None)
            .otherwise(pl.col("REG_END").max())
            .alias("P_REG_END"),
        )
        .rename({"URN": "_URN"})
    )


def episodes_with_provider(x: Extract) -> pl.LazyFrame:
    """Episodes whose URN is given (not the placeholder), with their provider's details.

    `P_FOUND` says whether the URN is in the lists; the `P_` columns are null when it is not.
    """
    episodes = x.lazy("Episodes").filter(urn_given(pl.col("URN")))
    return episodes.with_columns(normalised_urn(pl.col("URN")).alias("_URN")).join(
        provider_lookup(x).with_columns(pl.lit(True).alias("P_FOUND")),
        on="_URN",
        how="left",
    )


def in_list(value: pl.Expr, codes: pl.Expr) -> pl.Expr:
    """`value` is one of the list `codes` (false when either is null)."""
    return codes.list.contains(value, nulls_equal=False).fill_null(False)


def periods_of_care(x: Extract) -> pl.LazyFrame:
    """Each child's periods of care: CHILD, POC_START, POC_END (null when still open).

    Episodes with a valid start, in start order; an episode starting after the previous one
    ended begins a new period. An open episode (blank DEC) is taken as still running at the end
    of the collection year, so a period whose last episode is open is open.
    """
    ordered = (
        x.lazy("Episodes")
        .filter(pl.col("DECOM").is_not_null())
        .sort(["CHILD", "DECOM", ROW])
        .with_columns(pl.col("DEC").shift(1).over("CHILD").alias("_PREV_DEC"))
        .with_columns(
            (pl.col("DECOM") > pl.col("_PREV_DEC")).fill_null(False).alias("_NEW"),
        )
        .with_columns(pl.col("_NEW").cast(pl.UInt32).cum_sum().over("CHILD").alias("_POC"))
    )
    return ordered.group_by("CHILD", "_POC").agg(
        pl.col("DECOM").first().alias("POC_START"),
        pl.col("DEC").last().alias("POC_END"),
    )


def dolo_placements(x: Extract) -> pl.LazyFrame:
    """Each DoLO with a valid start and end, joined to every episode of the child it overlaps.

    Columns: the DoLo row's ROW and CHILD, and the episode's `EP_ROW` and `PLACE`. An open
    episode (blank DEC) is taken, explicitly, as running to the end of the collection year, so
    it overlaps any DoLO that ends on or after its start.
    """
    orders = x.lazy("DoLo").filter(
        pl.col("DOLO_START").is_not_null() & pl.col("DOLO_END").is_not_null()
    )
    episodes = x.lazy("Episodes").select(
        "CHILD", pl.col(ROW).alias("EP_ROW"), "DECOM", "DEC", "PLACE"
    )
    overlaps = (pl.col("DOLO_END") >= pl.col("DECOM")) & (
        pl.col("DEC").is_null() | (pl.col("DOLO_START") <= pl.col("DEC"))
    )
    return orders.join(episodes, on="CHILD", how="inner").filter(overlaps.fill_null(False))
