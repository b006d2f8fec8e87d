"""357: a child's first episode, if it starts in the collection year, must have RNE S."""

import polars as pl

from incare.interop.ssda903.derived import collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._episodes import episodes, first_per_child


@validation_rule("357")
def check(x: Extract) -> pl.LazyFrame:
    first = first_per_child(episodes(x))
    wrong = (pl.col("DECOM") >= collection_start(x)) & pl.col("RNE").ne_missing("S")
    return flag(first.filter(wrong), "Episodes", ["RNE"])
