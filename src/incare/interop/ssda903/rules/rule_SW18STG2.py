"""SW18STG2: a social worker episode's end date must be after its start date."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("SW18STG2")
def check(x: Extract) -> pl.LazyFrame:
    backwards = (pl.col("SW_DEC") <= pl.col("SW_DECOM")).fill_null(False)
    episodes = x.lazy("SWEpisodes")
    return flag(episodes.filter(backwards), "SWEpisodes", ["SW_DEC", "SW_DECOM"])
