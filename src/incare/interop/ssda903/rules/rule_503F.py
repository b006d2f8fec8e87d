"""503F: the Ofsted URN of the child's first episode must match last year's open episode."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import changed_since_last_year, differs


@validation_rule("503F", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    changed = differs("URN", "URN_PRE")
    return flag(changed_since_last_year(x, changed), "Episodes", ["URN"])
