"""303: a child with a date UASC status ceased must have UASC status 1.

In CSV extracts a child's UASC status is whether they have a row in the UASC table, and the date
UASC ceased is on that row, so such a child is always UASC and this rule finds nothing (as with
the public validator, whose CSV reader derives the status the same way).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule

FIELDS = ["DUC", "UASC"]


@validation_rule("303")
def check(x: Extract) -> pl.LazyFrame:
    nothing = pl.lit(False)
    return combine(
        flag(x.lazy("UASC").filter(nothing), "UASC", FIELDS),
        flag(x.lazy("Header").filter(nothing), "Header", FIELDS),
    )
