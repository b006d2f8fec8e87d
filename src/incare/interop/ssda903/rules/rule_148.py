"""148: the date and the reason the episode ceased must both be given or both be left blank."""

import polars as pl

from incare.interop.ssda903.derived import blank
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("148")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("Episodes")
    one_only = blank("DEC") != pl.col("REC").is_null()
    return flag(episodes.filter(one_only), "Episodes", ["DEC", "REC"])
