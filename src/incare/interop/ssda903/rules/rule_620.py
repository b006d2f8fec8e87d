"""620: a child recorded as a mother must have been 11 or over when the collection year began."""

import polars as pl

from incare.interop.ssda903.derived import birthday, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("620")
def check(x: Extract) -> pl.LazyFrame:
    header = x.lazy("Header")
    under_11 = birthday(pl.col("DOB"), 11) > collection_start(x)
    error = ((pl.col("MOTHER") == "1") & under_11).fill_null(False)
    return flag(header.filter(error), "Header", ["DOB", "MOTHER"])
