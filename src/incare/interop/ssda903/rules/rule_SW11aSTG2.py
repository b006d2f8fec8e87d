"""SW11aSTG2: a social worker episode ended by 26 March must be followed within 5 days by another.

Episodes are taken in order of start date, then end date. When a child's episode ended (valid
SW_DEC) at least 5 days before the end of the collection year, the child's next episode must
start within 5 days either side of that end; it is flagged when it does not, or when its start
date is blank or invalid, as the public validator does. An episode ending in the last 5 days of
the year, and a last episode with nothing after it, are rule SW11bSTG2's business.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import days, with_previous_sw

WINDOW_DAYS = 5


@validation_rule("SW11aSTG2")
def check(x: Extract) -> pl.LazyFrame:
    last_day = pl.lit(x.year.end, dtype=pl.Date).dt.offset_by(days(-WINDOW_DAYS))
    start, previous_end = pl.col("SW_DECOM"), pl.col("PREV_SW_DEC")
    ended_early = pl.col("HAS_PREV") & (previous_end <= last_day).fill_null(False)
    follows_on = (start >= previous_end.dt.offset_by(days(-WINDOW_DAYS))) & (
        start <= previous_end.dt.offset_by(days(WINDOW_DAYS))
    )
    late = ended_early & ~follows_on.fill_null(False)
    return flag(with_previous_sw(x).filter(late), "SWEpisodes", ["SW_DECOM"])
