"""SW08STG2: a social worker episode with no end date must be the child's latest episode.

An episode is open when its end date is blank (or invalid); the child's latest episode is the
one with the latest valid start date (ties: the later row).
Differs from the public validator: when a child also has an episode whose start date is blank
or invalid, it takes that one as the latest and so flags the open episode that really is the
latest; we judge by valid start dates only (rule SW04STG1 reports the bad date).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import with_latest_sw


@validation_rule("SW08STG2")
def check(x: Extract) -> pl.LazyFrame:
    open_before_another = (
        pl.col("SW_DEC").is_null()
        & pl.col("SW_DECOM").is_not_null()
        & pl.col("CHILD").is_not_null()
        & ~pl.col("IS_LATEST")
    )
    return flag(with_latest_sw(x).filter(open_before_another), "SWEpisodes", ["SW_DEC"])
