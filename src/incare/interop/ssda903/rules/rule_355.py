"""355: an episode should not end on the day it started (less than 24 hours).

Differs from the public validator: it compares the two dates as text, so it misses 1/5/2025
against 01/05/2025 and flags rows where both dates are blank; this rule compares the dates.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("355")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("Episodes")
    return flag(episodes.filter(pl.col("DEC") == pl.col("DECOM")), "Episodes", ["DEC", "DECOM"])
