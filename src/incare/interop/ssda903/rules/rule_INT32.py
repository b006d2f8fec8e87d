"""INT32: each child must appear only once in the Header table."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._header import repeated_child


@validation_rule("INT32")
def check(x: Extract) -> pl.LazyFrame:
    return flag(repeated_child(x, "Header"), "Header", ["CHILD"])
