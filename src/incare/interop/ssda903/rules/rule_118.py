"""118: the date a decision to place for adoption was reversed must be in the year and in care.

DATE_PLACED_CEASED must not be before the collection year, nor before the start (DECOM) of the
child's earliest episode whose legal status is not a short break (V3, V4).
Differs from the public validator: a date before the collection year is flagged even when the
child has no such episode, as it is wrong whatever the episodes say.
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.derived import collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._adoption import first_per_child, flag_tagged, pairs


@validation_rule("118")
def check(x: Extract) -> pl.LazyFrame:
    decisions = x.lazy("PlacedAdoption")
    start = collection_start(x)
    before_year = (pl.col("DATE_PLACED_CEASED") < start).fill_null(False)

    short_break = pl.col("LS").is_in(sorted(codes.SHORT_BREAK_LEGAL_STATUS)).fill_null(False)
    episodes = x.lazy("Episodes").filter(~short_break)
    earliest = first_per_child(episodes, "DECOM")
    both = pairs(earliest, decisions, "EP", "PA")
    ceased = pl.col("DATE_PLACED_CEASED_PA")
    early = both.filter(((ceased < start) | (ceased < pl.col("DECOM_EP"))).fill_null(False))
    return combine(
        flag_tagged(early, "EP", "Episodes", ["DECOM", "LS"]),
        flag(decisions.filter(before_year), "PlacedAdoption", ["DATE_PLACED_CEASED"]),
        flag_tagged(early, "PA", "PlacedAdoption", ["DATE_PLACED_CEASED"]),
    )
