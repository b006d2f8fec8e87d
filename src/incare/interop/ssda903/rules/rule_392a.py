"""392a: an episode of a child never known as UASC, not on a short break (V3, V4), needs a placement
distance.

Differs from the public validator: the rule runs when no UASC table is supplied (nobody is then
known as UASC); the validator finds nothing in that case.
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in, not_uasc


@validation_rule("392a", needs=("postcodes",))
def check(x: Extract) -> pl.LazyFrame:
    missing = pl.col("PL_DISTANCE").is_null() & ~code_in("LS", codes.SHORT_BREAK_LEGAL_STATUS)
    episodes = not_uasc(x.lazy("Episodes"), x)
    return flag(episodes.filter(missing), "Episodes", ["PL_DISTANCE"])
