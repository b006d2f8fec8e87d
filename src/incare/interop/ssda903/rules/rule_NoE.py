"""NoE: a child looked after since before the year must have episodes in last year's file."""

import polars as pl

from incare.interop.ssda903.derived import collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule


@validation_rule("NoE", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    if x.previous is None or not x.previous.has("Episodes"):
        return no_findings()
    last_year = x.previous.lazy("Episodes").select("CHILD")
    earlier = x.lazy("Episodes").filter(pl.col("DECOM") < collection_start(x))
    return flag(earlier.join(last_year, on="CHILD", how="anti"), "Episodes", ["DECOM"])
