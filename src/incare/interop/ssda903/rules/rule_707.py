"""707: a DoLO with no end date must belong to a period of care that is still open.

The child's periods of care are built from Episodes (an episode starting after the previous one
ended starts a new period). An open episode (blank DEC) is taken, explicitly, as still running at
the end of the collection year, so its period is open. A DoLO with a valid start and no end date
is flagged unless it started within a period of care that is still open; a child with no
episodes is not judged.
Differs from the public validator: it runs after its rule 365 has written 31 March into every
blank DEC, so every open DoLO is flagged; and, copied from the Missing rule 577, it also flags
DoLOs with an end date that falls outside every period of care, which is not what this rule is
about.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import periods_of_care


@validation_rule("707")
def check(x: Extract) -> pl.LazyFrame:
    open_orders = x.lazy("DoLo").filter(
        pl.col("DOLO_END__raw").is_null() & pl.col("DOLO_START").is_not_null()
    )
    periods = periods_of_care(x)
    covering = (
        open_orders.join(periods, on="CHILD", how="inner")
        .filter(pl.col("POC_END").is_null() & (pl.col("POC_START") <= pl.col("DOLO_START")))
        .select("ROW")
    )
    in_care = periods.select("CHILD").unique()
    orphaned = open_orders.join(in_care, on="CHILD", how="semi").join(
        covering, on="ROW", how="anti"
    )
    return flag(orphaned, "DoLo", ["DOLO_END"])
