"""352: a child who started to be looked after (RNE S) must have been under 18 on that day."""

import polars as pl

from incare.interop.ssda903.derived import birthday
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._episodes import episodes, with_header


@validation_rule("352")
def check(x: Extract) -> pl.LazyFrame:
    joined = with_header(episodes(x), x, ["DOB"])
    started_adult = (pl.col("RNE") == "S") & (pl.col("DECOM") >= birthday(pl.col("DOB"), 18))
    return combine(flag(joined.filter(started_adult), "Episodes", ["DECOM", "RNE"]))
