"""164: a placement distance, for a child never known as UASC, must be a number from 0.0 to 999.9.

Differs from the public validator: episodes under short-break legal status V3 or V4 are not
checked (the DfE rule excludes them; 398 and 420 cover those); a distance that is not a number
is flagged (the validator fails on it); the rule runs when no UASC table is supplied (nobody is
then known as UASC), where the validator finds nothing.
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in, miles, not_uasc


@validation_rule("164", needs=("postcodes",))
def check(x: Extract) -> pl.LazyFrame:
    episodes = not_uasc(x.lazy("Episodes"), x)
    distance = miles()
    out_of_range = distance.is_null() | (distance < 0.0) | (distance > 999.9)
    invalid = (
        pl.col("PL_DISTANCE").is_not_null()
        & out_of_range
        & ~code_in("LS", codes.SHORT_BREAK_LEGAL_STATUS)
    )
    return flag(episodes.filter(invalid), "Episodes", ["PL_DISTANCE"])
