"""103: the child's ethnicity must be one of the DfE's ethnicity codes."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("103")
def check(x: Extract) -> pl.LazyFrame:
    header = x.lazy("Header")
    invalid = ~pl.col("ETHNIC").is_in(codes.ETHNICITY).fill_null(False)
    return flag(header.filter(invalid), "Header", ["ETHNIC"])
