"""634: previous permanence data is only for children who started care on or after 1 April 2016.

A PrevPerm row with any item filled in is flagged, with all the child's episodes, when none of
the child's episodes started (DECOM) on or after 1 April 2016.
Differs from the public validator: it compares with the start of the collection year instead of
1 April 2016 (against the DfE's rule and its own comment), so it flags every child whose care
began in an earlier year.
"""

import datetime as dt

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, validation_rule
from incare.interop.ssda903.rules._adoption import flag_tagged, given, pairs

PERMANENCE_COLLECTED_FROM = dt.date(2016, 4, 1)


@validation_rule("634")
def check(x: Extract) -> pl.LazyFrame:
    filled = given("PREV_PERM") | given("LA_PERM") | given("DATE_PERM", date=True)
    prev = x.lazy("PrevPerm").filter(filled)
    episodes = x.lazy("Episodes").with_columns(
        pl.col("DECOM").max().over("CHILD").alias("LAST_DECOM")
    )
    both = pairs(episodes, prev, "EP", "PP")
    too_early = both.filter((pl.col("LAST_DECOM_EP") < PERMANENCE_COLLECTED_FROM).fill_null(False))
    return combine(
        flag_tagged(too_early, "PP", "PrevPerm", ["DATE_PERM", "LA_PERM", "PREV_PERM"]),
        flag_tagged(too_early, "EP", "Episodes", ["DECOM"]),
    )
