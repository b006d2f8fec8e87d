"""709: while a DoLO is in force the child's placement must be K2, Z12 or Z13.

Every DoLO with a valid start and end that overlaps an episode in another placement type is
flagged (once). An open episode is taken, explicitly, as running to the end of the year.
Differs from the public validator: it reads a column PLACEMENT that Episodes does not have, so
the rule fails there and finds nothing; and it would skip open episodes. We use PLACE.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import dolo_placements

DOLO_PLACEMENTS = ("K2", "Z12", "Z13")


@validation_rule("709")
def check(x: Extract) -> pl.LazyFrame:
    unexpected = ~pl.col("PLACE").is_in(DOLO_PLACEMENTS).fill_null(False)
    found = dolo_placements(x).filter(unexpected).unique("ROW")
    return flag(found, "DoLo", ["DOLO_START", "PLACEMENT"])
