"""385: an episode must not end after the end of the collection year."""

import polars as pl

from incare.interop.ssda903.derived import collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("385")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("Episodes")
    return flag(episodes.filter(pl.col("DEC") > collection_end(x)), "Episodes", ["DEC"])
