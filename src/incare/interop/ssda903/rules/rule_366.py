"""366: an episode under a single short-term break (V3) must start a new period of care (RNE S)."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("366")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("Episodes")
    moved = (pl.col("LS") == "V3") & pl.col("RNE").ne_missing("S")
    return flag(episodes.filter(moved), "Episodes", ["RNE"])
