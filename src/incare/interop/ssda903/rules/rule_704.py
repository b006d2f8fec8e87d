"""704: a DoLO's end date, when given, must fall within the collection year."""

import polars as pl

from incare.interop.ssda903.derived import collection_end, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("704")
def check(x: Extract) -> pl.LazyFrame:
    end = pl.col("DOLO_END")
    outside = ((end < collection_start(x)) | (end > collection_end(x))).fill_null(False)
    return flag(x.lazy("DoLo").filter(outside), "DoLo", ["DOLO_END"])
