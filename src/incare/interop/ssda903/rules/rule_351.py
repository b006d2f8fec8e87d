"""351: the child must not have been over 25 at the start of the collection year."""

import polars as pl

from incare.interop.ssda903.derived import birthday, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("351")
def check(x: Extract) -> pl.LazyFrame:
    header = x.lazy("Header")
    too_old = (birthday(pl.col("DOB"), 25) < collection_start(x)).fill_null(False)
    return flag(header.filter(too_old), "Header", ["DOB"])
