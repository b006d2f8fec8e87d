"""SW02STG1: the social worker ID must begin with SW or XX (from 2025/26, and have 4 characters or
more)."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule

SW_ID_PREFIXES = ("SW", "XX")  # XX: the DfE's prefix for a social worker not yet identified
MIN_LENGTH_FROM_2026 = 4


@validation_rule("SW02STG1")
def check(x: Extract) -> pl.LazyFrame:
    sw_id = pl.col("SW_ID")
    valid = sw_id.str.slice(0, 2).is_in(SW_ID_PREFIXES)
    if x.year.end_year >= 2026:
        valid = valid & (sw_id.str.len_chars() >= MIN_LENGTH_FROM_2026)
    episodes = x.lazy("SWEpisodes")
    return flag(episodes.filter(~valid.fill_null(False)), "SWEpisodes", ["SW_ID"])
