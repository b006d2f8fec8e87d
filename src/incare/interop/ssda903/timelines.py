"""From an SSDA903 extract (this year and last) to the duties engine's child timelines.

The 903 holds episodes, reviews and the child's details; it has no GP registrations and no
health events, so the timelines carry what the 903 knows and the engine judges the duties the
903 can evidence (periods, placements, reviews) while the rest show as not yet recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import cache
from importlib.resources import files

import polars as pl

from incare.domain.timeline import Child, Episode, Review, Timeline
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.postcodes import normalise_postcode

EARLIEST = dt.date(1900, 1, 1)


@cache
def council_main_icb() -> pl.DataFrame:
    """Council (ONS) -> the ICB (ODS) covering most of its residents, by period.

    Interpretation: before ICBs existed (1 July 2022) the first period's ICB stands in for the
    CCGs it replaced; the engine treats ICB codes as opaque identifiers.
    """
    text = files("incare.interop.ssda903").joinpath("data/council_main_icb.csv").read_bytes()
    frame = pl.read_csv(text, try_parse_dates=True)
    first = pl.col("valid_from") == pl.col("valid_from").min().over("la_ons_code")
    return frame.with_columns(
        pl.when(first).then(pl.lit(EARLIEST)).otherwise(pl.col("valid_from")).alias("valid_from")
    )


def icb_on(frame: pl.LazyFrame, council: str, day: str, out: str) -> pl.LazyFrame:
    """Add `out`: the main ICB of council column `council` on date column `day`.

    Joined back on the (council, date) pair itself: a row number would not survive the lazy
    plan, which may evaluate the frame more than once in different orders.
    """
    lookup = council_main_icb().lazy()
    matched = (
        frame.select(council, day)
        .unique()
        .join(lookup, left_on=council, right_on="la_ons_code", how="inner")
        .filter(
            (pl.col("valid_from") <= pl.col(day))
            & (pl.col("valid_to").is_null() | (pl.col(day) <= pl.col("valid_to")))
        )
        .select(council, day, pl.col("icb_ods_code").alias(out))
        .unique([council, day])
    )
    return frame.join(matched, on=[council, day], how="left")


def _episodes(extract: Extract, postcodes: pl.DataFrame) -> pl.LazyFrame:
    years = [extract] + ([extract.previous] if extract.previous is not None else [])
    columns = ["CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC", "PL_LA", "HOME_POST"]
    frames = [
        e.lazy("Episodes").select(columns).with_columns(pl.lit(i).alias("_age"))
        for i, e in enumerate(years)
    ]
    homes = postcodes.lazy().select(pl.col("pcd").alias("_home"), pl.col("utla").alias("_home_la"))
    episodes = (
        pl.concat(frames)
        .filter(pl.col("CHILD").is_not_null() & pl.col("DECOM").is_not_null())
        .sort("CHILD", "DECOM", "_age")
        .unique(["CHILD", "DECOM"], keep="first", maintain_order=True)  # this year's row wins
        .with_columns(normalise_postcode(pl.col("HOME_POST")).alias("_home"))
        .join(homes, on="_home", how="left")
    )
    episodes = icb_on(episodes, "PL_LA", "DECOM", "icb")
    # Joins do not keep row order: put each child's episodes back in date order.
    return icb_on(episodes, "_home_la", "DECOM", "home_icb").sort("CHILD", "DECOM")


def home_icbs(extract: Extract, postcodes: pl.DataFrame) -> pl.DataFrame:
    """Each child's home ICB (ODS) as the timelines have it: `child_ref`, `home_icb`."""
    return (
        _episodes(extract, postcodes)
        .group_by("CHILD")
        .agg(pl.col("home_icb").first())
        .select(pl.col("CHILD").alias("child_ref"), "home_icb")
        .collect()
    )


def extract_to_timelines(extract: Extract, postcodes: pl.DataFrame) -> Iterator[Timeline]:
    """One timeline per child of the Header table (this year's, else last year's).

    `history_from` is the first day the extract covers: the previous year's 1 April when it was
    given, else this year's (duties.md §1, known history).
    """
    first_year = extract.previous.year if extract.previous is not None else extract.year
    history_from = first_year.start
    header_frames = [extract.lazy("Header")] + (
        [extract.previous.lazy("Header")] if extract.previous is not None else []
    )
    children = (
        pl.concat([h.select("CHILD", "DOB", "SEX") for h in header_frames])
        .filter(pl.col("CHILD").is_not_null() & pl.col("DOB").is_not_null())
        .unique("CHILD", keep="first", maintain_order=True)
        .collect()
    )
    uasc = set(extract.frame("UASC")["CHILD"].drop_nulls().to_list())
    episodes = _episodes(extract, postcodes).collect()
    reviews = (
        pl.concat(
            [e.lazy("Reviews").select("CHILD", "REVIEW") for e in (extract, extract.previous) if e]
        )
        .drop_nulls()
        .unique()
        .sort("CHILD", "REVIEW")
        .collect()
    )
    episodes_by_child = episodes.partition_by("CHILD", as_dict=True, maintain_order=True)
    reviews_by_child = reviews.partition_by("CHILD", as_dict=True, maintain_order=True)
    for child, dob, sex in children.iter_rows():
        rows = episodes_by_child.get((child,))
        if rows is None:
            continue
        found = reviews_by_child.get((child,))
        yield Timeline(
            child=Child(id=child, dob=dob, sex=sex, uasc=child in uasc),
            episodes=tuple(
                Episode(
                    start=r["DECOM"],
                    rne=r["RNE"] or "P",
                    legal_status=r["LS"] or "",
                    placement=r["PLACE"],
                    icb=r["icb"],
                    end=r["DEC"],
                    rec=r["REC"],
                )
                for r in rows.iter_rows(named=True)
            ),
            events=tuple(Review(d) for d in found["REVIEW"]) if found is not None else (),
            home_icb=rows["home_icb"][0],
            history_from=history_from,
        )
