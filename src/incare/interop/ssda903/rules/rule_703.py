"""703: a DoLO must not start after the end of the collection year."""

import polars as pl

from incare.interop.ssda903.derived import collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("703")
def check(x: Extract) -> pl.LazyFrame:
    late = (pl.col("DOLO_START") > collection_end(x)).fill_null(False)
    return flag(x.lazy("DoLo").filter(late), "DoLo", ["DOLO_START"])
