"""217: a placement for adoption with current foster carers (A3, A5) starting from April 2015
needs a reason for new episode of S, T or U.
"""

import datetime as dt

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in

SINCE = dt.date(2015, 4, 1)


@validation_rule("217")
def check(x: Extract) -> pl.LazyFrame:
    wrong = (
        code_in("PLACE", {"A3", "A5"})
        & (pl.col("DECOM") >= SINCE).fill_null(False)
        & ~code_in("RNE", {"S", "T", "U"})
    )
    return flag(x.lazy("Episodes").filter(wrong), "Episodes", ["DECOM", "PLACE", "RNE"])
