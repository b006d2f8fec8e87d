"""SW07STG2: a social worker episode must end within the social worker reporting period.

The period ends on 31 March of the collection year and starts on 1 April of the collection year
in 2023/24, the first year of social worker data, and on 1 April of the year before from
2024/25.
Differs from the public validator: from 2024/25 it subtracts an average year (365.2425 days)
from 1 April, so in 2024/25 (a leap year back) it also flags an end on 1 April 2023; we allow
the whole day.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("SW07STG2")
def check(x: Extract) -> pl.LazyFrame:
    first = x.year.start if x.year.end_year <= 2024 else x.year.previous.start
    end = pl.col("SW_DEC")
    outside = (end < pl.lit(first, dtype=pl.Date)) | (end > pl.lit(x.year.end, dtype=pl.Date))
    episodes = x.lazy("SWEpisodes")
    return flag(episodes.filter(outside.fill_null(False)), "SWEpisodes", ["SW_DEC"])
