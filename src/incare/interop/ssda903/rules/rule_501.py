"""501: an episode must not start before the child's previous episode ended."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._episodes import episodes, in_order


@validation_rule("501")
def check(x: Extract) -> pl.LazyFrame:
    ordered = in_order(episodes(x), ["DEC"])
    overlaps = pl.col("DECOM") < pl.col("PREV_DEC")
    return flag(ordered.filter(overlaps), "Episodes", ["DEC", "DECOM"])
