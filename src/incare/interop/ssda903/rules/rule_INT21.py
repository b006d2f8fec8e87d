"""INT21: a child's sex in the UASC table must match the Header's, where both are known."""

import polars as pl

from incare.interop.ssda903.derived import differs_from_header
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("INT21")
def check(x: Extract) -> pl.LazyFrame:
    return flag(differs_from_header(x, "UASC", "SEX"), "UASC", ["SEX"])
