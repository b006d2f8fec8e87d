"""435: an episode with RNE P or T (placement change only) must change the placement and not the
legal status.

Differs from the public validator: two blank values count as the same, and postcodes are
compared without spaces or case. The validator takes blank vs blank as a difference, so an
episode that changes nothing but has no URN (most placement types have none) escapes it, and
a blank legal status on both sides is taken as a change of legal status.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in, with_previous_placement


@validation_rule("435")
def check(x: Extract) -> pl.LazyFrame:
    wrong = (
        pl.col("IS_LATER")
        & code_in("RNE", {"P", "T"})
        & (~pl.col("LS_SAME") | pl.col("PLACEMENT_SAME"))
    )
    return flag(
        with_previous_placement(x).filter(wrong),
        "Episodes",
        ["LS", "PLACE", "PLACE_PROVIDER", "PL_POST", "URN"],
    )
