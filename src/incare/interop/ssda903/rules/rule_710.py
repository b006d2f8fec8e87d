"""710: while a DoLO is in force the child must not be placed in K1, P1, R5 or K3.

Both the DoLO (with a valid start and end) and each overlapping episode in a secure children's
home, with parents, in a young offender institution or in supported accommodation are flagged.
An open episode is taken, explicitly, as running to the end of the year.
Differs from the public validator: it reads a column PLACEMENT that Episodes does not have, so
the rule fails there and finds nothing. We use PLACE.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._social_workers import dolo_placements
from incare.interop.ssda903.tables import ROW

BARRED_PLACEMENTS = ("K1", "P1", "R5", "K3")


@validation_rule("710")
def check(x: Extract) -> pl.LazyFrame:
    found = dolo_placements(x).filter(pl.col("PLACE").is_in(BARRED_PLACEMENTS).fill_null(False))
    fields = ["DOLO_START", "PLACEMENT"]
    return combine(
        flag(found, "DoLo", fields),
        flag(found.select(pl.col("EP_ROW").alias(ROW), "CHILD"), "Episodes", fields),
    )
