"""SW10STG2: a social worker episode must start within 7 days either side of the end of the
child's previous one.

Episodes are taken in order of start date, then end date; a previous episode with no end date
fails the check. From 2024/25 an episode whose reason is FCONTA (first contact) is exempt.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import days, with_previous_sw

TOLERANCE_DAYS = 7
FIRST_CONTACT = "FCONTA"


def not_within_a_week_of_previous_end() -> pl.Expr:
    start, previous_end = pl.col("SW_DECOM"), pl.col("PREV_SW_DEC")
    within = (start >= previous_end.dt.offset_by(days(-TOLERANCE_DAYS))) & (
        start <= previous_end.dt.offset_by(days(TOLERANCE_DAYS))
    )
    return pl.col("HAS_PREV") & ~within.fill_null(False)


@validation_rule("SW10STG2")
def check(x: Extract) -> pl.LazyFrame:
    failing = not_within_a_week_of_previous_end()
    if x.year.end_year >= 2025:
        failing = failing & (pl.col("SW_REASON") != FIRST_CONTACT).fill_null(True)
    return flag(with_previous_sw(x).filter(failing), "SWEpisodes", ["SW_DECOM"])
