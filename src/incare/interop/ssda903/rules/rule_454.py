"""454: a placement distance over 350 miles is flagged, unless it is 999.9."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import miles


@validation_rule("454", needs=("postcodes",))
def check(x: Extract) -> pl.LazyFrame:
    distance = miles()
    too_far = ((distance > 350) & (distance != 999.9)).fill_null(False)
    return flag(x.lazy("Episodes").filter(too_far), "Episodes", ["PL_DISTANCE"])
