"""503G: the placement distance of the child's first episode must be within 0.2 miles of last year's
open episode.

Distances are compared in tenths of a mile.
Differs from the public validator: a change of exactly 0.2 miles is always caught (the
validator subtracts floating-point numbers, so it misses some, such as 10.0 to 10.2).
Needs last year's placements located too: without them, no findings.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._placements import changed_since_last_year, distance_changed


@validation_rule("503G", needs=("previous", "postcodes"))
def check(x: Extract) -> pl.LazyFrame:
    if x.previous is None or not x.previous.placements_located:
        return no_findings()
    changed = distance_changed("PL_DISTANCE", "PL_DISTANCE_PRE")
    return flag(changed_since_last_year(x, changed), "Episodes", ["PL_DISTANCE"])
