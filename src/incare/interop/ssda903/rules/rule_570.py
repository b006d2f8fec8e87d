"""570: a missing period must not start after the end of the collection year."""

import polars as pl

from incare.interop.ssda903.derived import collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("570")
def check(x: Extract) -> pl.LazyFrame:
    missing = x.lazy("Missing")
    late = (pl.col("MIS_START") > collection_end(x)).fill_null(False)
    return flag(missing.filter(late), "Missing", ["MIS_START"])
