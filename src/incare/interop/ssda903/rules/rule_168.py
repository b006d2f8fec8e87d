"""168: a UPN is a letter (not I, O or S) then 12 digits or 11 digits and a letter, or UN1-UN5."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule

UPN = r"^(?:[A-HJ-NP-RT-Z](?:\d{12}|\d{11}[A-Z])|UN[1-5])$"


@validation_rule("168")
def check(x: Extract) -> pl.LazyFrame:
    header = x.lazy("Header")
    invalid = pl.col("UPN").is_not_null() & ~pl.col("UPN").str.contains(UPN)
    return flag(header.filter(invalid), "Header", ["UPN"])
