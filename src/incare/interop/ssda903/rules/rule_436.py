"""436: an episode with RNE B or U (legal status and placement change) must change both.

Differs from the public validator: postcodes are compared without spaces or case.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in, with_previous_placement


@validation_rule("436")
def check(x: Extract) -> pl.LazyFrame:
    wrong = (
        pl.col("IS_LATER")
        & code_in("RNE", {"B", "U"})
        & (pl.col("LS_SAME") | pl.col("PLACEMENT_SAME"))
    )
    return flag(
        with_previous_placement(x).filter(wrong),
        "Episodes",
        ["LS", "PLACE", "PLACE_PROVIDER", "PL_POST", "RNE", "URN"],
    )
