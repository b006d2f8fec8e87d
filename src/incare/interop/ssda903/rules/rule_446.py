"""446: legal status E1 (placement order) is not valid for an episode begun before December 2005."""

import datetime as dt

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule

PLACEMENT_ORDERS_FROM = dt.date(2005, 12, 1)


@validation_rule("446")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("Episodes")
    too_early = (pl.col("LS") == "E1") & (
        pl.col("DECOM") < pl.lit(PLACEMENT_ORDERS_FROM, dtype=pl.Date)
    )
    return flag(episodes.filter(too_early), "Episodes", ["DECOM", "LS"])
