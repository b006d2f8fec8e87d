"""225: an episode ending in a change of placement (X1, then RNE P, B, T or U) needs a reason.

Temporary placements (T0-T4) on either side of the change need no reason.
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import after, code_in, has_after, in_order


@validation_rule("225")
def check(x: Extract) -> pl.LazyFrame:
    temporary = sorted(codes.TEMPORARY_PLACEMENTS)
    next_rne = after("RNE").is_in(["P", "B", "T", "U"]).fill_null(False)
    next_temporary = after("PLACE").is_in(temporary).fill_null(False)
    missing = (
        has_after()
        & (pl.col("REC") == "X1").fill_null(False)
        & pl.col("REASON_PLACE_CHANGE").is_null()
        & ~code_in("PLACE", temporary)
        & next_rne
        & ~next_temporary
    )
    episodes = in_order(x.lazy("Episodes"))
    return flag(episodes.filter(missing), "Episodes", ["REASON_PLACE_CHANGE"])
