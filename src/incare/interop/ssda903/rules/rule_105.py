"""105: a child's UASC status must be recorded as 0 or 1.

In CSV extracts the status is not a field: it is whether the child has a row in the UASC
table, so it is always 0 or 1 and this rule finds nothing (the public validator likewise skips
it for CSV input and only checks the UASC field of XML returns).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("105")
def check(x: Extract) -> pl.LazyFrame:
    return flag(x.lazy("Header").filter(pl.lit(False)), "Header", ["UASC"])
