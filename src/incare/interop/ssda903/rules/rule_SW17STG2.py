"""SW17STG2: the child's latest social worker episode must be open at 31 March (no end date).

The latest episode is the one with the latest valid start date (ties: the later row); any end
date given, valid or not, fails.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import with_latest_sw


@validation_rule("SW17STG2")
def check(x: Extract) -> pl.LazyFrame:
    closed = pl.col("IS_LATEST") & pl.col("SW_DEC__raw").is_not_null()
    return flag(with_latest_sw(x).filter(closed), "SWEpisodes", ["SW_DEC", "SW_DECOM"])
