"""426: a child on short breaks must not be recorded under both V3 and V4 in the same year."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._episodes import episodes


@validation_rule("426")
def check(x: Extract) -> pl.LazyFrame:
    ls = pl.col("LS")
    breaks = episodes(x).filter(ls.is_in(["V3", "V4"]).fill_null(False))
    both = (ls == "V3").any().over("CHILD") & (ls == "V4").any().over("CHILD")
    return flag(breaks.filter(both), "Episodes", ["LS"])
