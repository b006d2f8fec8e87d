"""147: the date the episode ceased must be a valid date (DD/MM/YYYY) when it is given."""

import polars as pl

from incare.interop.ssda903.derived import blank
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("147")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("Episodes")
    return flag(episodes.filter(~blank("DEC") & pl.col("DEC").is_null()), "Episodes", ["DEC"])
