"""149: the reason the episode ceased, when given, must be a valid code."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("149")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("Episodes")
    invalid = pl.col("REC").is_not_null() & ~pl.col("REC").is_in(codes.REASON_EPISODE_CEASED)
    return flag(episodes.filter(invalid), "Episodes", ["REC"])
