"""SW01aSTG1: a social worker episode needs a start date, and an ID if begun before April 2023.

An episode is flagged when its start date (SW_DECOM) is blank or not a valid date, or when it
started before 1 April 2023 (when the DfE began collecting social worker episodes) and has no
social worker ID; the reason may be blank for such an episode.
"""

import datetime as dt

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule

COLLECTED_FROM = dt.date(2023, 4, 1)


@validation_rule("SW01aSTG1")
def check(x: Extract) -> pl.LazyFrame:
    start = pl.col("SW_DECOM")
    before_collection = (start < pl.lit(COLLECTED_FROM, dtype=pl.Date)).fill_null(False)
    incomplete = start.is_null() | (before_collection & pl.col("SW_ID").is_null())
    return flag(x.lazy("SWEpisodes").filter(incomplete), "SWEpisodes", ["SW_DECOM", "SW_ID"])
