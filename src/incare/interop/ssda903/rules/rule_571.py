"""571: a missing period's end date must fall within the collection year."""

import polars as pl

from incare.interop.ssda903.derived import collection_end, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("571")
def check(x: Extract) -> pl.LazyFrame:
    missing = x.lazy("Missing")
    end = pl.col("MIS_END")
    outside = ((end < collection_start(x)) | (end > collection_end(x))).fill_null(False)
    return flag(missing.filter(outside), "Missing", ["MIS_END"])
