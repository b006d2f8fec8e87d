"""393: a girl looked after other than under V3 or V4 must have the MOTHER field completed.

The female code is 2 until 2023/24 and F from 2024/25.
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._episodes import female


@validation_rule("393")
def check(x: Extract) -> pl.LazyFrame:
    short_breaks = pl.col("LS").is_in(codes.SHORT_BREAK_LEGAL_STATUS).fill_null(False)
    looked_after = x.lazy("Episodes").filter(~short_breaks).select("CHILD").unique()
    girls = x.lazy("Header").filter(pl.col("SEX") == female(x.year.end_year))
    missing = girls.filter(pl.col("MOTHER").is_null()).join(looked_after, on="CHILD", how="semi")
    return flag(missing, "Header", ["MOTHER"])
