"""SW19STG2: no two social worker episodes of a child may start on the same date.

Every episode after the first (in file order) with the same child and start date is flagged.
Differs from the public validator: it compares the start dates as text, so it also pairs two
blank start dates and misses "1/4/2025" against "01/04/2025"; we compare valid dates only
(rule SW04STG1 reports blank and invalid ones).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.tables import ROW


@validation_rule("SW19STG2")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("SWEpisodes").filter(pl.col("SW_DECOM").is_not_null()).sort(ROW)
    repeated = pl.int_range(pl.len()).over("CHILD", "SW_DECOM") > 0
    return flag(episodes.filter(repeated), "SWEpisodes", ["SW_DEC", "SW_DECOM"])
