"""562: a child's first episode starting before the year must be last year's latest episode."""

import polars as pl

from incare.interop.ssda903.derived import collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._episodes import episodes, first_per_child, last_per_child


@validation_rule("562", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    if x.previous is None or not x.previous.has("Episodes"):
        return no_findings()
    earlier = episodes(x).filter(pl.col("DECOM") < collection_start(x))
    first = first_per_child(earlier)
    last = last_per_child(episodes(x.previous)).select("CHILD", "DECOM")
    missing = first.join(last, on=["CHILD", "DECOM"], how="anti")
    return flag(missing, "Episodes", ["DECOM"])
