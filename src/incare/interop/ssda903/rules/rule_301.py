"""301: the date of birth must not be after the end of the collection year."""

import polars as pl

from incare.interop.ssda903.derived import collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("301")
def check(x: Extract) -> pl.LazyFrame:
    header = x.lazy("Header")
    return flag(
        header.filter((pl.col("DOB") > collection_end(x)).fill_null(False)), "Header", ["DOB"]
    )
