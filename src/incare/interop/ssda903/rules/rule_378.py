"""378: a child placed with parents (P1) cannot be looked after under a single period of s20
accommodation (V2).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("378")
def check(x: Extract) -> pl.LazyFrame:
    wrong = ((pl.col("PLACE") == "P1") & (pl.col("LS") == "V2")).fill_null(False)
    return flag(x.lazy("Episodes").filter(wrong), "Episodes", ["LS", "PLACE"])
