"""INT16: the child's date of birth in PrevPerm must be the same as in Header."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import validation_rule
from incare.interop.ssda903.rules._adoption import dob_differs_from_header


@validation_rule("INT16")
def check(x: Extract) -> pl.LazyFrame:
    return dob_differs_from_header(x, "PrevPerm", ["DOB"])
