"""SW06STG2: a social worker episode must not start after the end of the collection year."""

import polars as pl

from incare.interop.ssda903.derived import collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("SW06STG2")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("SWEpisodes")
    late = (pl.col("SW_DECOM") > collection_end(x)).fill_null(False)
    return flag(episodes.filter(late), "SWEpisodes", ["SW_DECOM"])
