"""208: a UPN must match last year's, unless it went from unknown to known or UN1 to UN2-UN5."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.derived import last_year
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.tables import ROW


@validation_rule("208", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    last = last_year(x, "Header").select("CHILD", pl.col("UPN").alias("UPN_LAST"))
    now = pl.col("UPN").str.to_uppercase()
    before = pl.col("UPN_LAST").str.to_uppercase()
    unknown_now = now.is_null() | now.is_in(codes.UPN_UNKNOWN)
    unknown_before = before.is_null() | before.is_in(codes.UPN_UNKNOWN)
    un1_or_blank_before = before.is_null() | (before == "UN1")
    allowed = (
        (un1_or_blank_before & now.is_in(codes.UPN_UNKNOWN - {"UN1"}))  # UN1 or blank -> UN2..UN5
        | (unknown_before & ~unknown_now)  # unknown -> a real UPN
    ).fill_null(False)
    changed = (
        x.lazy("Header")
        .join(last, on="CHILD", how="inner")
        .filter(now.ne_missing(before) & ~allowed)
        .unique(ROW, keep="first", maintain_order=True)
    )
    return flag(changed, "Header", ["UPN"])
