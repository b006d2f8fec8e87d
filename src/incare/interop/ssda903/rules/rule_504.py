"""504: the category of need must not change from one episode to the next within a period of care.

Differs from the public validator: two blank categories of need are the same, not a change.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._episodes import episodes, in_order


@validation_rule("504")
def check(x: Extract) -> pl.LazyFrame:
    ordered = in_order(episodes(x), ["DEC", "REC", "CIN"])
    continued = (pl.col("PREV_REC") == "X1") & (pl.col("PREV_DEC") == pl.col("DECOM"))
    changed = continued & pl.col("CIN").ne_missing(pl.col("PREV_CIN"))
    return flag(ordered.filter(changed), "Episodes", ["CIN"])
