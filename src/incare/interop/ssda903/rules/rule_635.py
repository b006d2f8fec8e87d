"""635: a previous permanence order's date or council needs a permanence option other than Z1.

Differs from the public validator: it flags the date or council only when PREV_PERM is blank;
this rule also flags them with PREV_PERM Z1 (no previous permanence option), the case the DfE's
message names.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import given


@validation_rule("635")
def check(x: Extract) -> pl.LazyFrame:
    order = given("LA_PERM") | given("DATE_PERM", date=True)
    no_option = pl.col("PREV_PERM").is_null() | (pl.col("PREV_PERM") == "Z1")
    rows = x.lazy("PrevPerm").filter(order & no_option)
    return flag(rows, "PrevPerm", ["DATE_PERM", "LA_PERM", "PREV_PERM"])
