"""INT14: a child's date of birth in OC2 must be the same as in Header."""

import polars as pl

from incare.interop.ssda903.derived import differs_from_header
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("INT14")
def check(x: Extract) -> pl.LazyFrame:
    return flag(differs_from_header(x, "OC2", "DOB"), "OC2", ["DOB"])
