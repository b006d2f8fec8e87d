"""Helpers shared by the placement rules: episodes in order, UASC children, places, distances.

Polars expressions and lazy frames only, so that the rules using them stay vectorised.
"""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from incare.interop.ssda903.derived import birthday, blank, child_dob, collection_end
from incare.interop.ssda903.extract import Extract

# PL_LA values the DfE uses for placements outside England (rules 218 and 243): Channel
# Islands or Isle of Man, Northern Ireland, Scotland, Wales, outside the UK.
OUTSIDE_ENGLAND_CODES = ("CON", "NIR", "SCO", "WAL", "NUK")
# ONS codes of places outside England, which a postcode directory gives instead: Wales (W),
# Scotland (S), Northern Ireland (N), Channel Islands (L), Isle of Man (M).
ONS_OUTSIDE_ENGLAND = r"^[WSNLM]\d{8}$"
# A full UK postcode once upper-cased with its spaces removed.
POSTCODE_FORMAT = r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$"

# Placement codes that need no Ofsted URN, and must not have one (rules 218 and 222).
NO_URN_UNTIL_2023 = frozenset({
    "H5", "P1", "P2", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1",
})  # fmt: skip


def code_in(column: str, codes: Iterable[str]) -> pl.Expr:
    """Whether `column` holds one of `codes` (a blank is not one of them)."""
    return pl.col(column).is_in(sorted(codes)).fill_null(False)


def postcode(column: str) -> pl.Expr:
    """A postcode upper-cased with its spaces removed, so that 'ab1 0jd' is 'AB10JD'."""
    return pl.col(column).str.to_uppercase().str.replace_all(r"\s+", "")


def miles(column: str = "PL_DISTANCE") -> pl.Expr:
    """The placement distance as a number (null when blank or not a number)."""
    return pl.col(column).cast(pl.Float64, strict=False)


def outside_england(column: str = "PL_LA") -> pl.Expr:
    """Whether the placement's council code says it is outside England."""
    la = pl.col(column)
    return (la.is_in(OUTSIDE_ENGLAND_CODES) | la.str.contains(ONS_OUTSIDE_ENGLAND)).fill_null(False)


def in_order(episodes: pl.LazyFrame) -> pl.LazyFrame:
    """Episodes child by child, by start date (unknown starts last), ties in file order."""
    return episodes.sort("CHILD", "DECOM", "ROW", nulls_last=True)


def before(column: str, steps: int = 1) -> pl.Expr:
    """`column` of the child's episode `steps` before this one, in a frame from `in_order`."""
    return pl.col(column).shift(steps).over("CHILD")


def after(column: str, steps: int = 1) -> pl.Expr:
    """`column` of the child's episode `steps` after this one, in a frame from `in_order`."""
    return pl.col(column).shift(-steps).over("CHILD")


def has_before(steps: int = 1) -> pl.Expr:
    """Whether the child has an episode `steps` before this one (frame from `in_order`)."""
    return pl.col("CHILD").is_not_null() & before("ROW", steps).is_not_null()


def has_after(steps: int = 1) -> pl.Expr:
    """Whether the child has an episode `steps` after this one (frame from `in_order`)."""
    return pl.col("CHILD").is_not_null() & after("ROW", steps).is_not_null()


def with_dob(frame: pl.LazyFrame, x: Extract) -> pl.LazyFrame:
    """`frame` with the child's date of birth from the Header table as HEADER_DOB."""
    return frame.join(child_dob(x), on="CHILD", how="left")


def uasc_children(x: Extract) -> pl.LazyFrame:
    """CHILD of every child in this year's or (when given) last year's UASC table.

    A child listed in the UASC table is, or was, an unaccompanied asylum-seeking child. The
    DfE also looks two years back; only the years supplied can be seen.
    """
    frames = [x.lazy("UASC").select("CHILD")]
    if x.previous is not None:
        frames.append(x.previous.lazy("UASC").select("CHILD"))
    return pl.concat(frames).drop_nulls().unique()


def not_uasc(episodes: pl.LazyFrame, x: Extract) -> pl.LazyFrame:
    return episodes.join(uasc_children(x), on="CHILD", how="anti")


def only_uasc(episodes: pl.LazyFrame, x: Extract) -> pl.LazyFrame:
    return episodes.join(uasc_children(x), on="CHILD", how="semi")


def first_episodes(episodes: pl.LazyFrame) -> pl.LazyFrame:
    """Each child's earliest-starting episode (ties: the first in the file)."""
    return (
        episodes.filter(pl.col("CHILD").is_not_null() & pl.col("DECOM").is_not_null())
        .sort("DECOM", "ROW")
        .unique("CHILD", keep="first", maintain_order=True)
    )


def last_episodes(episodes: pl.LazyFrame) -> pl.LazyFrame:
    """Each child's latest-starting episode (ties: the first in the file)."""
    return (
        episodes.filter(pl.col("CHILD").is_not_null() & pl.col("DECOM").is_not_null())
        .sort("DECOM", "ROW", descending=[True, False])
        .unique("CHILD", keep="first", maintain_order=True)
    )


def carried_over(x: Extract, previous: Extract) -> pl.LazyFrame:
    """Each child's first episode this year, with last year's last episode as `<COL>_PRE`."""
    last_year = last_episodes(previous.lazy("Episodes"))
    last_year = last_year.select(
        "CHILD", *(pl.col(c).alias(c + "_PRE") for c in last_year.collect_schema() if c != "CHILD")
    )
    return first_episodes(x.lazy("Episodes")).join(last_year, on="CHILD", how="inner")


def differs(column: str, other: str) -> pl.Expr:
    """Whether two text columns differ, two blanks counting as the same."""
    return ~pl.col(column).eq_missing(pl.col(other))


def placed_under_age(x: Extract, place: str, years: int) -> pl.LazyFrame:
    """Episodes of placement type `place` starting before the child's `years`-th birthday.

    Open episodes are checked too: the age at the start does not depend on the end.
    """
    too_young = (pl.col("DECOM") < birthday(pl.col("HEADER_DOB"), years)).fill_null(False)
    episodes = with_dob(x.lazy("Episodes"), x)
    return episodes.filter((pl.col("PLACE") == place).fill_null(False) & too_young)


def placed_longer_than(x: Extract, place: str, days: int) -> pl.LazyFrame:
    """Episodes of placement type `place` lasting more than `days` days.

    An open episode (blank DEC) is taken as lasting to the collection end, explicitly: by then
    it has already lasted that long. An episode with an invalid DEC is left to the date rules.
    """
    ends = pl.when(blank("DEC")).then(collection_end(x)).otherwise(pl.col("DEC"))
    too_long = (ends > pl.col("DECOM") + pl.duration(days=days)).fill_null(False)
    episodes = x.lazy("Episodes")
    return episodes.filter((pl.col("PLACE") == place).fill_null(False) & too_long)


PLACEMENT_FIELDS = ("PLACE", "POSTCODE", "URN", "PLACE_PROVIDER")


def with_previous_placement(x: Extract) -> pl.LazyFrame:
    """Episodes in order with IS_LATER (the child has an episode before), LS_SAME (legal status
    unchanged) and PLACEMENT_SAME (placement type, postcode, URN and provider unchanged).

    Two blanks count as the same value; postcodes are compared without spaces or case.
    """
    episodes = in_order(x.lazy("Episodes")).with_columns(postcode("PL_POST").alias("POSTCODE"))
    return episodes.with_columns(
        has_before().alias("IS_LATER"),
        pl.col("LS").eq_missing(before("LS")).alias("LS_SAME"),
        pl.all_horizontal(pl.col(c).eq_missing(before(c)) for c in PLACEMENT_FIELDS).alias(
            "PLACEMENT_SAME"
        ),
    )


def changed_since_last_year(x: Extract, changed: pl.Expr) -> pl.LazyFrame:
    """Children's first episodes this year where `changed` holds against last year's open one.

    Last year's last episode (latest DECOM) is open when its DEC is blank or not a valid date.
    Columns of last year's episode are named `<COL>_PRE`.
    """
    if x.previous is None:
        return x.lazy("Episodes").clear()
    return carried_over(x, x.previous).filter(pl.col("DEC_PRE").is_null() & changed)


def distance_changed(column: str, other: str) -> pl.Expr:
    """Whether two placement distances differ by 0.2 miles or more, counted in tenths of a
    mile (distances have one decimal), so that floating point cannot hide a change of 0.2.
    """
    tenths = ((miles(column) - miles(other)).abs() * 10).round(0)
    return (tenths >= 2).fill_null(False)
