"""INT04: every child in the Missing table must have a row in the Header."""

import polars as pl

from incare.interop.ssda903.derived import not_in_header
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("INT04")
def check(x: Extract) -> pl.LazyFrame:
    return flag(not_in_header(x, "Missing"), "Missing", ["CHILD"])
