"""INT18: a child's date of birth in UASC must match the Header's, where both are known."""

import polars as pl

from incare.interop.ssda903.derived import differs_from_header
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("INT18")
def check(x: Extract) -> pl.LazyFrame:
    return flag(differs_from_header(x, "UASC", "DOB"), "UASC", ["DOB"])
