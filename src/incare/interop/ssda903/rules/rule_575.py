"""575: a missing or away period must have an end date when the placement it began in has ended.

A Missing row without MIS_END is flagged when its MIS_START falls within an episode of the child
(on or after DECOM, on or before DEC) that has ended.

Differs from the public validator: an episode with a blank DEC is still open and never "ended";
there, rule 365 may already have written 31/03 into every blank DEC of the shared table, so an
open missing period in a placement that is still open is flagged.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import validation_rule
from incare.interop.ssda903.rules._adoption import flag_tagged, given, pairs


@validation_rule("575")
def check(x: Extract) -> pl.LazyFrame:
    open_periods = x.lazy("Missing").filter(~given("MIS_END", date=True))
    ended = x.lazy("Episodes").filter(pl.col("DEC").is_not_null())
    both = pairs(ended, open_periods, "EP", "MI")
    start = pl.col("MIS_START_MI")
    within = (start >= pl.col("DECOM_EP")) & (start <= pl.col("DEC_EP"))
    return flag_tagged(both.filter(within.fill_null(False)), "MI", "Missing", ["MIS_END"])
