"""577: a missing period must lie within one of the child's periods of care, closed if care ended.

Differs from the public validator: its rule 365 may already have filled every open episode's end
with 31 March (it writes into the shared table), after which a missing period still open for a
child still in care is flagged. incare keeps open episodes open, as this rule needs.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._header import periods_of_care, rows_where_all


@validation_rule("577")
def check(x: Extract) -> pl.LazyFrame:
    start, end = pl.col("MIS_START"), pl.col("MIS_END")
    poc_start, poc_end = pl.col("POC_START"), pl.col("POC_END")
    # A missing period outside a period of care: flagged when outside every one of the child's.
    outside = (
        (end.is_null() & poc_end.is_not_null())  # still open, but care has ended
        | (end.is_null() & (start < poc_start)).fill_null(False)  # open, began before care
        | (end > poc_end).fill_null(False)
        | (end < poc_start).fill_null(False)
    )
    pairs = (
        x.lazy("Missing")
        .filter(start.is_not_null())
        .join(periods_of_care(x), on="CHILD", how="inner")
    )
    return flag(rows_where_all(pairs, outside), "Missing", ["MIS_END"])
