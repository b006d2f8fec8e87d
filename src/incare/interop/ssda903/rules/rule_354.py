"""354: an episode must not start after the end of the collection year."""

import polars as pl

from incare.interop.ssda903.derived import collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("354")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("Episodes")
    return flag(episodes.filter(pl.col("DECOM") > collection_end(x)), "Episodes", ["DECOM"])
