"""705: a DoLO must not start while the child's previous DoLO is still open.

A child's DoLOs are taken in order of start date (then file row); a DoLO is flagged when the one
before it has no end date, or ends after this one starts.
Differs from the public validator: it orders the DoLOs by the text of their end dates and
compares each with the next in that order, so with overlapping orders it may flag the earlier
one, or miss the overlap; we flag the order that starts while the previous is open.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.tables import ROW


@validation_rule("705")
def check(x: Extract) -> pl.LazyFrame:
    ordered = (
        x.lazy("DoLo")
        .filter(pl.col("DOLO_START").is_not_null())
        .sort(["CHILD", "DOLO_START", ROW])
        .with_columns(
            pl.col("DOLO_END__raw").shift(1).over("CHILD").alias("_PREV_END_RAW"),
            pl.col("DOLO_END").shift(1).over("CHILD").alias("_PREV_END"),
            (pl.int_range(pl.len()).over("CHILD") > 0).alias("_HAS_PREV"),
        )
    )
    still_open = pl.col("_PREV_END_RAW").is_null() | (
        pl.col("_PREV_END") > pl.col("DOLO_START")
    ).fill_null(False)
    return flag(
        ordered.filter(pl.col("_HAS_PREV") & still_open), "DoLo", ["DOLO_END", "DOLO_START"]
    )
