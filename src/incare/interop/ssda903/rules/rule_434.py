"""434: an episode with RNE L (legal status change only) must change the legal status and not the
placement.

Differs from the public validator: two blank legal statuses count as the same (the validator
takes blank vs blank as a change), and postcodes are compared without spaces or case.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import with_previous_placement


@validation_rule("434")
def check(x: Extract) -> pl.LazyFrame:
    wrong = (
        pl.col("IS_LATER")
        & (pl.col("RNE") == "L").fill_null(False)
        & (pl.col("LS_SAME") | ~pl.col("PLACEMENT_SAME"))
    )
    return flag(
        with_previous_placement(x).filter(wrong),
        "Episodes",
        ["LS", "PLACE", "PLACE_PROVIDER", "PL_POST", "RNE", "URN"],
    )
