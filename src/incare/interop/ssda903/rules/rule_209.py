"""209: a child who was 4 by 31 August before the collection year must not have UPN UN1."""

import datetime as dt

import polars as pl

from incare.interop.ssda903.derived import birthday
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._header import date_lit


@validation_rule("209")
def check(x: Extract) -> pl.LazyFrame:
    # The 31 August before the collection year starts (for 2025/26, 31/08/2024).
    school_age_on = date_lit(dt.date(x.year.start.year - 1, 8, 31))
    header = x.lazy("Header")
    error = (pl.col("UPN") == "UN1") & (birthday(pl.col("DOB"), 4) <= school_age_on)
    return flag(header.filter(error.fill_null(False)), "Header", ["DOB", "UPN"])
