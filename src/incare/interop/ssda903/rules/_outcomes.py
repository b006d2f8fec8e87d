"""What the OC2 (health outcomes) and OC3 (care leavers) rules share: cohorts and item lists.

The OC2 cohort is the validator's proxy for "looked after continuously for at least 12 months at
31 March" (DfE 2021-22 validation rules v1.2, see docs/ssda903.md section 3): a child is in it
when they were looked after at some time during the collection year and none of their episodes
shows them starting care during the year, leaving care during the year, or on a short break
(V3/V4). The OC3 helpers work out, from the current and previous year's episodes, whether a care
leaver looks like a relevant or former relevant child (rule 1001), and which care leavers have no
episode in either loaded year, so that their findings can only be queries needing the child's
earlier history (rules 1001 and 1002).
"""

from __future__ import annotations

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.derived import birthday, collection_end, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import rule_info
from incare.interop.ssda903.tables import RAW_SUFFIX, ROW

# OC2 items for children looked after continuously for 12 months (rules 181, 190, 215).
OC2_ITEMS = (
    "CONVICTED",
    "HEALTH_CHECK",
    "IMMUNISATIONS",
    "TEETH_CHECK",
    "HEALTH_ASSESSMENT",
    "SUBSTANCE_MISUSE",
    "INTERVENTION_RECEIVED",
    "INTERVENTION_OFFERED",
)
# The OC2 items every child in the cohort must have (rules 182, 191, 544, 547).
OC2_CORE_ITEMS = ("IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE")
# The OC2 items that may be blank for some children in the cohort (rule 182).
OC2_OPTIONAL_ITEMS = ("CONVICTED", "HEALTH_CHECK", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")
OC3_ITEMS = ("IN_TOUCH", "ACTIV", "ACCOM")
AD1_ITEMS = ("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")
# AD1 dates are parsed; whether they were given is a question for the text as it was.
_AD1_DATES = ("DATE_INT", "DATE_MATCH")

# Rule 196: reasons for no SDQ score (not in codes.py).
SDQ_REASONS = frozenset({"SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"})
ADOPTED = frozenset({"E11", "E12"})  # REC: adopted
DIED = "E2"  # REC: died
TRANSFERRED = "E3"  # REC: care taken over by another council
NOT_CEASED = "X1"  # REC: episode ends and a new one begins on the same day


def fields(code: str) -> tuple[str, ...]:
    """The fields rule `code` affects, as the DfE lists them (data/rules.tsv)."""
    return rule_info()[code].fields


def supplied(x: Extract, *tables: str) -> bool:
    """Whether every one of `tables` was supplied (a rule about absence needs the table)."""
    return all(x.has(name) for name in tables)


def any_given(*columns: str) -> pl.Expr:
    """True when at least one of `columns` is filled in."""
    return pl.any_horizontal(pl.col(c).is_not_null() for c in columns)


def all_given(*columns: str) -> pl.Expr:
    return pl.all_horizontal(pl.col(c).is_not_null() for c in columns)


def any_blank(*columns: str) -> pl.Expr:
    return pl.any_horizontal(pl.col(c).is_null() for c in columns)


def ad1_given() -> pl.Expr:
    """True when any AD1 item is filled in (a date counts as given even if it is invalid)."""
    names = [c + RAW_SUFFIX if c in _AD1_DATES else c for c in AD1_ITEMS]
    return any_given(*names)


def is_code(column: str, code: str) -> pl.Expr:
    """`column` == `code`, false (never null) when the column is blank."""
    return (pl.col(column) == code).fill_null(False)


def oc2_cohort(x: Extract) -> pl.LazyFrame:
    """CHILD -> IN_COHORT for every child in Episodes (one row per child).

    In the cohort: some episode overlaps the collection year, and no episode shows the child
    starting care in the year (RNE S, DECOM after 1 April and on or before 31 March), leaving
    care in the year (DEC from 1 April to 30 March with REC other than X1, blank REC included)
    or on a short break during the year (LS V3/V4). A blank or invalid DEC is an open episode.
    """
    start, end = collection_start(x), collection_end(x)
    decom, dec = pl.col("DECOM"), pl.col("DEC")
    during = ((decom <= end) & ((dec >= start) | dec.is_null())).fill_null(False)
    starts = (is_code("RNE", "S") & (decom > start) & (decom <= end)).fill_null(False)
    leaves = (pl.col("REC").ne_missing(NOT_CEASED) & (dec >= start) & (dec < end)).fill_null(False)
    short_break = pl.col("LS").is_in(codes.SHORT_BREAK_LEGAL_STATUS).fill_null(False) & during
    return (
        x.lazy("Episodes")
        .group_by("CHILD")
        .agg(
            during.any().alias("_IN_CARE"),
            (starts | leaves | short_break).any().alias("_BROKEN"),
        )
        .select("CHILD", (pl.col("_IN_CARE") & ~pl.col("_BROKEN")).alias("IN_COHORT"))
    )


def with_oc2_cohort(frame: pl.LazyFrame, x: Extract) -> pl.LazyFrame:
    """`frame` with IN_COHORT: whether its CHILD is in the OC2 cohort (false if no episodes)."""
    return frame.join(oc2_cohort(x), on="CHILD", how="left").with_columns(
        pl.col("IN_COHORT").fill_null(False)
    )


def oc2_with_cohort(x: Extract) -> pl.LazyFrame:
    """The OC2 table with IN_COHORT."""
    return with_oc2_cohort(x.lazy("OC2"), x)


def _loaded_episodes(x: Extract) -> pl.LazyFrame:
    """This year's and last year's episodes together, this year's first (ORDER keeps that)."""
    columns = ["CHILD", "DECOM", "DEC", "LS", "REC"]
    frames = [x.lazy("Episodes").select(columns)]
    if x.previous is not None:
        frames.append(x.previous.lazy("Episodes").select(columns))
    return pl.concat(frames, how="vertical").with_row_index("ORDER")


def care_after_14_and_16(x: Extract) -> pl.LazyFrame:
    """CHILD -> RELEVANT, ADOPTED from this year's and last year's episodes (rule 1001).

    An episode in both years counts once (the copy with an end date wins); the child's latest
    episode, if still open, runs to 31 March. RELEVANT: at least 91 days in care (short breaks,
    V3/V4, left out) since the 14th birthday, at least one of them since the 16th, by the DOB in
    Header. ADOPTED: the child's latest episode ended in adoption (E11/E12). Only children with
    episodes in the loaded years and a DOB in Header are listed.
    """
    end = collection_end(x)
    episodes = (
        _loaded_episodes(x)
        .sort("DEC", "ORDER", nulls_last=True)
        .unique(["CHILD", "DECOM"], keep="first", maintain_order=True)
        .with_columns(
            (pl.col("DECOM") == pl.col("DECOM").max().over("CHILD"))
            .fill_null(False)
            .alias("_LATEST")
        )
        .with_columns(
            pl.when(pl.col("_LATEST") & pl.col("DEC").is_null())
            .then(end)
            .otherwise(pl.col("DEC"))
            .alias("DEC")
        )
    )
    adopted = (
        episodes.filter(pl.col("_LATEST"))
        .group_by("CHILD")
        .agg(pl.col("REC").is_in(ADOPTED).fill_null(False).any().alias("ADOPTED"))
    )
    dob = (
        x.lazy("Header")
        .filter(pl.col("DOB").is_not_null())
        .unique("CHILD", keep="first", maintain_order=True)
        .select("CHILD", pl.col("DOB").alias("_DOB"))
    )

    def days_since(years: int) -> pl.Expr:
        since = pl.max_horizontal(pl.col("DECOM"), birthday(pl.col("_DOB"), years))
        return (pl.col("DEC") - since).dt.total_days().clip(lower_bound=0).sum()

    care = (
        episodes.filter(~pl.col("LS").is_in(codes.SHORT_BREAK_LEGAL_STATUS).fill_null(False))
        .join(dob, on="CHILD", how="inner")
        .group_by("CHILD")
        .agg(
            ((days_since(14) >= 91) & (days_since(16) >= 1)).alias("RELEVANT"),
        )
    )
    return care.join(adopted, on="CHILD", how="full", coalesce=True).with_columns(
        pl.col("RELEVANT").fill_null(False), pl.col("ADOPTED").fill_null(False)
    )


def needs_earlier_history(x: Extract) -> pl.LazyFrame:
    """CHILD of each care leaver (OC3) whose care may have begun before the loaded years: no
    episode of care (short breaks aside) in this year's or last year's Episodes, or a first
    loaded episode that was already open on the first day they cover.

    Rules 1001 and 1002 can only judge such a young person from episodes before last year's
    collection, which are not loaded: their findings for these children are queries for the
    council to answer from the child's earlier history, not errors. A report can show them
    apart by joining the findings of 1001 and 1002 to this frame on CHILD.
    """
    episodes = _loaded_episodes(x).filter(
        ~pl.col("LS").is_in(codes.SHORT_BREAK_LEGAL_STATUS).fill_null(False)
    )
    first_day = (x.previous.year if x.previous is not None else x.year).start
    known_start = (
        episodes.group_by("CHILD")
        .agg(pl.col("DECOM").min().alias("FIRST"))
        .filter(pl.col("FIRST") >= first_day)
    )
    return (
        x.lazy("OC3")
        .select("CHILD")
        .unique(maintain_order=True)
        .join(known_start, on="CHILD", how="anti")
    )


def first_row_per_child(frame: pl.LazyFrame) -> pl.LazyFrame:
    """The first row (in file order) of each child."""
    return frame.sort(ROW).unique("CHILD", keep="first", maintain_order=True)
