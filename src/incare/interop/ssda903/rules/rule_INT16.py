"""INT16: the child's date of birth in PrevPerm must be the same as in Header."""

import polars as pl

from incare.interop.ssda903.derived import differs_from_header
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("INT16")
def check(x: Extract) -> pl.LazyFrame:
    return flag(differs_from_header(x, "PrevPerm", "DOB"), "PrevPerm", ["DOB"])
