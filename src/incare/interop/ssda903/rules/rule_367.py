"""367: a child's short-term respite breaks (V3) must total no more than 75 days in the year."""

import polars as pl

from incare.interop.ssda903.derived import collection_end, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._episodes import days, end_or_collection_end, episodes

MAX_DAYS = 75


@validation_rule("367")
def check(x: Extract) -> pl.LazyFrame:
    breaks = episodes(x, dated_only=True).filter(pl.col("LS") == "V3")
    start = pl.max_horizontal(pl.col("DECOM"), collection_start(x))
    ended = end_or_collection_end(x)  # null when DEC is unreadable: then no length
    end = pl.when(ended > collection_end(x)).then(collection_end(x)).otherwise(ended)
    in_year = breaks.with_columns(days(end, start).alias("DAYS")).filter(pl.col("DAYS") > 0)
    over = in_year.filter(pl.col("DAYS").sum().over("CHILD") > MAX_DAYS)
    return flag(over, "Episodes", ["DEC", "DECOM", "LS"])
