"""372: a child placed in youth custody or prison (R5) must be at least 10 when the placement
starts.

Differs from the public validator: open episodes (blank DEC) are checked too; the validator's
code drops them (its rule 365, which overwrites blank DECs with 31 March in the shared table,
runs after this rule in every year's order, so they never count there).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import placed_under_age


@validation_rule("372")
def check(x: Extract) -> pl.LazyFrame:
    return flag(placed_under_age(x, "R5", 10), "Episodes", ["DECOM", "PLACE"])
