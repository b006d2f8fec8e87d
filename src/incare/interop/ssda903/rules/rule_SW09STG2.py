"""SW09STG2: a social worker episode must last at least a day (from 2025/26: at least 3 days).

Until 2024/25 an episode ending on the day it started is flagged; from 2025/26, one that ends
less than 3 days after it started (or before it started), as the public validator does.
Differs from the public validator: until 2024/25 it compares the dates as text, so it misses
"1/4/2024" against "01/04/2024" and flags two identical invalid texts; we compare the dates.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import days

MIN_DAYS_FROM_2026 = 3


@validation_rule("SW09STG2")
def check(x: Extract) -> pl.LazyFrame:
    start, end = pl.col("SW_DECOM"), pl.col("SW_DEC")
    if x.year.end_year <= 2025:
        short = end == start
    else:
        short = end < start.dt.offset_by(days(MIN_DAYS_FROM_2026))
    episodes = x.lazy("SWEpisodes")
    return flag(episodes.filter(short.fill_null(False)), "SWEpisodes", ["SW_DEC", "SW_DECOM"])
