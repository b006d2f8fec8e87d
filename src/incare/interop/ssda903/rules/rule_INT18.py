"""INT18: a child's date of birth in UASC must match the Header's, where both are known."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._header import differs_from_header


@validation_rule("INT18")
def check(x: Extract) -> pl.LazyFrame:
    return flag(differs_from_header(x, "UASC", "DOB"), "UASC", ["DOB"])
