"""370: a child placed in independent living (P2) must be at least 16 when the placement starts.

Differs from the public validator: episodes that are open (blank DEC) or have an unreadable end
date are checked too, since the age at the start does not depend on the end; the validator's
code drops them (only its rule 365, which overwrites blank DECs with 31 March in the shared
table, makes open ones count there).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import placed_under_age


@validation_rule("370")
def check(x: Extract) -> pl.LazyFrame:
    return flag(placed_under_age(x, "P2", 16), "Episodes", ["DECOM", "PLACE"])
