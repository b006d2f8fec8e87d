"""Helpers and code lists shared by the adoption and previous-permanence rules.

Polars expressions and lazy frames only, so that the rules stay vectorised.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib.resources import files

import polars as pl

from incare.interop.ssda903.derived import not_in_header
from incare.interop.ssda903.extract import DATE_FORMAT, Extract
from incare.interop.ssda903.registry import flag
from incare.interop.ssda903.tables import RAW_SUFFIX, ROW

# Reasons an episode ceased that mean the child was adopted (rule 149).
ADOPTED = frozenset({"E11", "E12"})
# AD1 code lists (rules 114, 175, 176, 177).
FOSTER_CARE = frozenset({"0", "1"})
NUMBER_OF_ADOPTERS = frozenset({"1", "2"})
SEX_OF_ADOPTERS = frozenset({"M1", "F1", "MM", "FF", "MF"})
SINGLE_ADOPTER = frozenset({"M1", "F1"})
LEGAL_STATUS_OF_ADOPTERS = frozenset({"L0", "L11", "L12", "L2", "L3", "L4"})
# PlacedAdoption: why the decision that the child should be placed for adoption was reversed
# (rule 120).
REASON_PLACED_CEASED = frozenset({"RD1", "RD2", "RD3", "RD4"})
# The AD1 items that are all given, or all blank (rules 151, 525, 601, 602).
AD1_ITEMS = ("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")
AD1_DATES = frozenset({"DATE_INT", "DATE_MATCH"})


def raw(column: str) -> pl.Expr:
    """The text of a date column as it was in the file."""
    return pl.col(column + RAW_SUFFIX)


def given(column: str, *, date: bool = False) -> pl.Expr:
    """The item was filled in (for a date: any text, valid or not)."""
    return (raw(column) if date else pl.col(column)).is_not_null()


def invalid_date(column: str) -> pl.Expr:
    """Something was written in a date column, but it is not a date (DD/MM/YYYY)."""
    return raw(column).is_not_null() & pl.col(column).is_null()


def not_in(column: str, codes: frozenset[str]) -> pl.Expr:
    """A code that is filled in but not in `codes`."""
    return pl.col(column).is_not_null() & ~pl.col(column).is_in(sorted(codes))


def same_date(a: str, b: str) -> pl.Expr:
    """Two date columns hold the same date (as dates, or else as the same text)."""
    as_dates = (pl.col(a) == pl.col(b)).fill_null(False)
    as_text = (raw(a) == raw(b)).fill_null(False)
    return as_dates | as_text


# A partial date: any part may be unknown (ZZ/05/2021, ZZ/ZZ/ZZZZ). Like other dates, a day or
# month may be written with one digit.
PARTIAL = r"^(\d{1,2}|ZZ)/(\d{1,2}|ZZ)/(\d{4}|ZZZZ)$"


def _known_parts(column: str) -> pl.Expr:
    """A partial date's text with its unknown day or month set to the first."""
    return raw(column).str.replace(r"^ZZ/", "01/").str.replace(r"^(\d{1,2})/ZZ/", "$1/01/")


def valid_partial_date(column: str) -> pl.Expr:
    """A partial date (ZZ for an unknown part) that names a possible day.

    An unknown year (ZZZZ) is read as a leap year, so that 29/02/ZZZZ passes.
    """
    text = raw(column)
    as_2000 = _known_parts(column).str.replace(r"/ZZZZ$", "/2000")
    parses = as_2000.str.to_date(DATE_FORMAT, strict=False).is_not_null()
    return (text.str.contains(PARTIAL) & parses).fill_null(False)


def earliest_day(column: str) -> pl.Expr:
    """The earliest day a valid partial date may be; null when its year is unknown."""
    known = _known_parts(column)
    return (
        pl.when(raw(column).str.contains(PARTIAL) & ~raw(column).str.ends_with("ZZZZ"))
        .then(known.str.to_date(DATE_FORMAT, strict=False))
        .otherwise(None)
    )


def first_per_child(frame: pl.LazyFrame, date: str, *, latest: bool = False) -> pl.LazyFrame:
    """Each child's row with the earliest (or latest) `date`; the first such row on a tie.

    Rows without a valid date are left out.
    """
    return (
        frame.filter(pl.col(date).is_not_null() & pl.col("CHILD").is_not_null())
        .sort([date, ROW], descending=[latest, False])
        .unique("CHILD", keep="first", maintain_order=True)
    )


def pairs(left: pl.LazyFrame, right: pl.LazyFrame, left_tag: str, right_tag: str) -> pl.LazyFrame:
    """Every pair of rows of the same child, each table's columns suffixed `_<tag>`.

    `CHILD` is kept once, unsuffixed; a date's text stays next to it (`DEC_EP` and
    `DEC_EP__raw`), so that `raw()` and `same_date()` work on tagged columns too.
    """
    return tagged(left, left_tag).join(tagged(right, right_tag), on="CHILD", how="inner")


def tagged(frame: pl.LazyFrame, tag: str) -> pl.LazyFrame:
    """`frame` with every column but CHILD suffixed `_<tag>` (before `__raw` for a date's text)."""
    names = {}
    for name in frame.collect_schema().names():
        if name == "CHILD":
            continue
        if name.endswith(RAW_SUFFIX):
            names[name] = name.removesuffix(RAW_SUFFIX) + "_" + tag + RAW_SUFFIX
        else:
            names[name] = name + "_" + tag
    return frame.rename(names)


def flag_tagged(frame: pl.LazyFrame, tag: str, table: str, fields: list[str]) -> pl.LazyFrame:
    """Findings for the rows of `table` named by the `ROW_<tag>` column of a `pairs` frame.

    A row paired with several rows of the other table is named once.
    """
    rows = frame.select(pl.col(ROW + "_" + tag).alias(ROW), "CHILD").unique(maintain_order=True)
    return flag(rows, table, fields)


def flag_not_in_header(x: Extract, table: str, fields: list[str]) -> pl.LazyFrame:
    """Findings for the rows of `table` whose child has no Header row."""
    return flag(not_in_header(x, table), table, fields)


def child_repeated(x: Extract, table: str, fields: list[str]) -> pl.LazyFrame:
    """Rows of `table` whose child has more than one row there."""
    rows = x.lazy(table).filter(pl.col("CHILD").is_not_null())
    return flag(rows.filter(pl.len().over("CHILD") > 1), table, fields)


@cache
def la_perm_codes() -> frozenset[str]:
    """Every valid LA_PERM: English councils' DfE numbers, past and present, and the codes for
    elsewhere (`data/la_perm_codes.csv`)."""
    text = files("incare.interop.ssda903").joinpath("data/la_perm_codes.csv").read_text("utf-8")
    return frozenset(row["code"] for row in csv.DictReader(text.splitlines()))
