"""INT36: each child must appear only once in the UASC table."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._header import repeated_child


@validation_rule("INT36")
def check(x: Extract) -> pl.LazyFrame:
    return flag(repeated_child(x, "UASC"), "UASC", ["CHILD"])
