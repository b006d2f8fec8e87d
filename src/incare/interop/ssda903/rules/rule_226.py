"""226: neither a temporary placement (T0-T4) nor the episode before it may give a reason for
placement change.
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import before, code_in, in_order


@validation_rule("226")
def check(x: Extract) -> pl.LazyFrame:
    given = code_in("PLACE", codes.TEMPORARY_PLACEMENTS) & (
        pl.col("REASON_PLACE_CHANGE").is_not_null() | before("REASON_PLACE_CHANGE").is_not_null()
    )
    episodes = in_order(x.lazy("Episodes"))
    return flag(episodes.filter(given), "Episodes", ["PLACE", "REASON_PLACE_CHANGE"])
