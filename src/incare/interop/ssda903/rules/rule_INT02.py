"""INT02: every child in PlacedAdoption must have a row in Header."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import validation_rule
from incare.interop.ssda903.rules._adoption import flag_not_in_header


@validation_rule("INT02")
def check(x: Extract) -> pl.LazyFrame:
    return flag_not_in_header(x, "PlacedAdoption", ["CHILD"])
