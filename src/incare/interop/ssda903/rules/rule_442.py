"""442: a child looked after other than under V3 or V4 must have a UPN (or a UN code)."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("442")
def check(x: Extract) -> pl.LazyFrame:
    short_breaks = pl.col("LS").is_in(codes.SHORT_BREAK_LEGAL_STATUS).fill_null(False)
    looked_after = x.lazy("Episodes").filter(~short_breaks).select("CHILD").unique()
    header = x.lazy("Header").filter(pl.col("UPN").is_null())
    return flag(header.join(looked_after, on="CHILD", how="semi"), "Header", ["UPN"])
