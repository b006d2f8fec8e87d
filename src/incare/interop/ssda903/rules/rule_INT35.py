"""INT35: a child must have at most one row in PrevPerm."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import validation_rule
from incare.interop.ssda903.rules._adoption import child_repeated


@validation_rule("INT35")
def check(x: Extract) -> pl.LazyFrame:
    return child_repeated(x, "PrevPerm", ["CHILD"])
