"""SW01bSTG1: a social worker episode begun from April 2023 must have its ID, start date and reason.

An episode is flagged when its start date (SW_DECOM) is blank or not a valid date, or when it
started on or after 1 April 2023 (when the DfE began collecting social worker episodes) and has
no social worker ID or no reason (SW_REASON).
"""

import datetime as dt

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule

COLLECTED_FROM = dt.date(2023, 4, 1)


@validation_rule("SW01bSTG1")
def check(x: Extract) -> pl.LazyFrame:
    start = pl.col("SW_DECOM")
    since_collection = (start >= pl.lit(COLLECTED_FROM, dtype=pl.Date)).fill_null(False)
    items_missing = pl.col("SW_ID").is_null() | pl.col("SW_REASON").is_null()
    incomplete = start.is_null() | (since_collection & items_missing)
    fields = ["SW_DECOM", "SW_ID", "SW_REASON"]
    return flag(x.lazy("SWEpisodes").filter(incomplete), "SWEpisodes", fields)
