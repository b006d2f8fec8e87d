"""INT31: a child must have at most one row in AD1."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import validation_rule
from incare.interop.ssda903.rules._adoption import child_repeated


@validation_rule("INT31")
def check(x: Extract) -> pl.LazyFrame:
    return child_repeated(x, "AD1", ["CHILD"])
