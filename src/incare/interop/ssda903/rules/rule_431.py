"""431: an episode that starts a period of care (RNE S) must start after the previous one ended."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._episodes import episodes, in_order


@validation_rule("431")
def check(x: Extract) -> pl.LazyFrame:
    ordered = in_order(episodes(x), ["DEC"])
    wrong = (pl.col("RNE") == "S") & (pl.col("DECOM") <= pl.col("PREV_DEC"))
    return flag(ordered.filter(wrong), "Episodes", ["DECOM", "RNE"])
