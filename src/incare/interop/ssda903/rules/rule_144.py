"""144: the legal status, when given, must be a valid code."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("144")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("Episodes")
    invalid = pl.col("LS").is_not_null() & ~pl.col("LS").is_in(codes.LEGAL_STATUS)
    return flag(episodes.filter(invalid), "Episodes", ["LS"])
