"""356: an episode must not end before it started."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("356")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("Episodes")
    return flag(episodes.filter(pl.col("DEC") < pl.col("DECOM")), "Episodes", ["DECOM"])
