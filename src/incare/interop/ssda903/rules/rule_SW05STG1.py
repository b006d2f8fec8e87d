"""SW05STG1: the date the social worker episode ended, when given, must be a valid date.

Differs from the public validator: from 2025/26 it also flags every blank end date, although
the child's current episode must be open (rule SW17STG2); we flag only an end date that is
given and invalid. Until 2024/25 it accepted partial dates written with ZZ; we refuse them.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("SW05STG1")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("SWEpisodes")
    invalid = pl.col("SW_DEC__raw").is_not_null() & pl.col("SW_DEC").is_null()
    return flag(episodes.filter(invalid), "SWEpisodes", ["SW_DEC"])
