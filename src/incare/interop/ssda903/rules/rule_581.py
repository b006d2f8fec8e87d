"""581: a child must not be missing or away outside their periods of care.

A Missing row is flagged when its MIS_START falls within none of the child's episodes (on or
after DECOM, and on or before DEC unless the episode is open). Children with no episodes are
left to other rules.
Differs from the public validator: a Missing row with a blank or invalid MIS_START is not
flagged here (the validator flags it, although nothing shows the child was missing before care).
"""

import polars as pl

from incare.interop.ssda903.derived import children
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import pairs
from incare.interop.ssda903.tables import ROW


@validation_rule("581")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("Episodes")
    periods = x.lazy("Missing").filter(pl.col("MIS_START").is_not_null())
    start = pl.col("MIS_START_MI")
    ends_after = pl.col("DEC_EP").is_null() | (start <= pl.col("DEC_EP"))
    within = (start >= pl.col("DECOM_EP")) & ends_after
    in_care = (
        pairs(episodes, periods, "EP", "MI")
        .filter(within.fill_null(False))
        .select(pl.col(ROW + "_MI").alias(ROW))
        .unique()
    )
    outside = periods.join(children(episodes), on="CHILD", how="semi").join(
        in_care, on=ROW, how="anti"
    )
    return flag(outside, "Missing", ["MIS_START"])
