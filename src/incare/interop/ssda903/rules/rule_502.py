"""502: when last year ended with an open episode, this year's first episode must start that day."""

import polars as pl

from incare.interop.ssda903.derived import blank
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._episodes import episodes, first_per_child


@validation_rule("502", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    if x.previous is None:
        return no_findings()
    still_open = (
        episodes(x.previous)
        .filter(blank("DEC"))
        .select("CHILD", pl.col("DECOM").alias("OPEN_DECOM"))
    )
    first = first_per_child(episodes(x)).join(still_open, on="CHILD", how="inner")
    moved = first.filter(pl.col("DECOM").ne_missing(pl.col("OPEN_DECOM")))
    return flag(moved.unique(subset=["ROW"]), "Episodes", ["DECOM"])
