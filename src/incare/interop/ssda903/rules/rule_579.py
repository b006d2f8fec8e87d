"""579: decisions to place a child for adoption must not overlap.

Taking a child's PlacedAdoption rows in order of DATE_PLACED, each row after the first is
flagged when the one before it has no valid DATE_PLACED_CEASED, or ceased after this DATE_PLACED.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.tables import ROW


@validation_rule("579")
def check(x: Extract) -> pl.LazyFrame:
    ordered = (
        x.lazy("PlacedAdoption")
        .filter(pl.col("CHILD").is_not_null())
        .sort(["CHILD", "DATE_PLACED", ROW], nulls_last=True)
        .with_columns(
            pl.col("DATE_PLACED_CEASED").shift(1).over("CHILD").alias("PREVIOUS_CEASED"),
            (pl.int_range(pl.len()).over("CHILD") > 0).alias("HAS_PREVIOUS"),
        )
    )
    previous_ceased = pl.col("PREVIOUS_CEASED")
    overlaps = previous_ceased.is_null() | (pl.col("DATE_PLACED") < previous_ceased)
    rows = ordered.filter(pl.col("HAS_PREVIOUS") & overlaps.fill_null(False))
    return flag(rows, "PlacedAdoption", ["DATE_PLACED", "DATE_PLACED_CEASED"])
