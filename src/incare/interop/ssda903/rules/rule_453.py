"""453: the placement distance of an episode open at the end of last year must not change by 0.2
miles or more.

The child's first episode this year is compared with last year's last one when that is open
(blank DEC) and has the same RNE (the same episode, carried over).
Distances are compared in tenths of a mile.
Differs from the public validator: a change of exactly 0.2 miles is always caught (the
validator subtracts floating-point numbers, so it misses some, such as 10.0 to 10.2).
Needs last year's placements located too: without them, no findings.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._placements import carried_over, distance_changed


@validation_rule("453", needs=("previous", "postcodes"))
def check(x: Extract) -> pl.LazyFrame:
    if x.previous is None or not x.previous.placements_located:
        return no_findings()
    wrong = (
        (pl.col("RNE") == pl.col("RNE_PRE")).fill_null(False)
        & pl.col("DEC__raw_PRE").is_null()
        & distance_changed("PL_DISTANCE", "PL_DISTANCE_PRE")
    )
    return flag(carried_over(x, x.previous).filter(wrong), "Episodes", ["PL_DISTANCE"])
