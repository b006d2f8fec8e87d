"""574: a child's missing periods must not overlap, nor start while an earlier one is still open."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("574")
def check(x: Extract) -> pl.LazyFrame:
    # Each period against the one before it, in order of end (or start, when open) and start.
    ordered = (
        x.lazy("Missing")
        .with_columns(pl.col("MIS_END").fill_null(pl.col("MIS_START")).alias("_ORDER"))
        .sort("CHILD", "_ORDER", "MIS_START", nulls_last=True, maintain_order=True)
    )
    previous_end = pl.col("MIS_END").shift(1)
    same_child = (pl.col("CHILD") == pl.col("CHILD").shift(1)).fill_null(False)
    overlap = previous_end.is_null() | (pl.col("MIS_START") < previous_end).fill_null(False)
    return flag(ordered.filter(same_child & overlap), "Missing", ["MIS_END", "MIS_START"])
