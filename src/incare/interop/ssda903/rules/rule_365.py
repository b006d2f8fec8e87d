"""365: a single short-term respite break (V3) must not last more than 17 days.

Differs from the public validator: it writes the collection end into every blank DEC of the
shared Episodes table, changing what later rules see; this rule treats an open episode as ending
on 31 March only in its own reckoning, and leaves the data alone.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._episodes import days, end_or_collection_end


@validation_rule("365")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("Episodes")
    too_long = (pl.col("LS") == "V3") & (days(end_or_collection_end(x), pl.col("DECOM")) > 17)
    return flag(episodes.filter(too_long), "Episodes", ["DEC", "DECOM", "LS"])
