"""143: the reason for new episode must be a valid code."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("143")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("Episodes")
    invalid = ~pl.col("RNE").is_in(codes.REASON_NEW_EPISODE).fill_null(False)
    return flag(episodes.filter(invalid), "Episodes", ["RNE"])
