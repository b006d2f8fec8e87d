"""INT21: a child's sex in the UASC table must match the Header's, where both are known."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._header import differs_from_header


@validation_rule("INT21")
def check(x: Extract) -> pl.LazyFrame:
    return flag(differs_from_header(x, "UASC", "SEX"), "UASC", ["SEX"])
