"""233: an episode that has not ceased (no DEC) must have no reason for placement change.

Differs from the public validator: the validator reads a column DATE_EPISODE_CEASED that no
extract has, so it fails on every file and never reports this rule. An invalid DEC is not blank
here, so it is left to the date rules.
"""

import polars as pl

from incare.interop.ssda903.derived import blank
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("233")
def check(x: Extract) -> pl.LazyFrame:
    given = blank("DEC") & pl.col("REASON_PLACE_CHANGE").is_not_null()
    return flag(x.lazy("Episodes").filter(given), "Episodes", ["REASON_PLACE_CHANGE"])
