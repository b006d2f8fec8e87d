"""353: no episode may start before 14 October 1991."""

import datetime as dt

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule

CHILDREN_ACT_IN_FORCE = dt.date(1991, 10, 14)


@validation_rule("353")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("Episodes")
    too_early = pl.col("DECOM") < pl.lit(CHILDREN_ACT_IN_FORCE, dtype=pl.Date)
    return flag(episodes.filter(too_early), "Episodes", ["DECOM"])
