"""205C: a child not UASC in either year must not have a date UASC ceased.

Differs from the public validator: in CSV extracts a child's UASC status is whether they have a
UASC row, and a date UASC ceased can only be given on such a row, so a child with one is UASC
and this rule finds nothing. With CSV input the public validator instead flags UASC rows with a
date ceased whose child is missing from this year's Header (INT09 reports those children).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule

FIELDS = ["DUC", "UASC"]


@validation_rule("205C", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    nothing = pl.lit(False)
    return combine(
        flag(x.lazy("UASC").filter(nothing), "UASC", FIELDS),
        flag(x.lazy("Header").filter(nothing), "Header", FIELDS),
    )
