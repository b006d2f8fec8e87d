"""583: only a child's latest decision to place for adoption may be without a reversal date.

A PlacedAdoption row without DATE_PLACED_CEASED is flagged when it is not the child's latest
decision (by DATE_PLACED), or when another of the child's rows also lacks DATE_PLACED_CEASED.
Differs from the public validator: decisions are ordered by date (it orders their DD/MM/YYYY
text, which is not date order).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import given
from incare.interop.ssda903.tables import ROW


@validation_rule("583")
def check(x: Extract) -> pl.LazyFrame:
    open_ = ~given("DATE_PLACED_CEASED", date=True)
    ordered = (
        x.lazy("PlacedAdoption")
        .filter(pl.col("CHILD").is_not_null())
        .sort(["CHILD", "DATE_PLACED", ROW], descending=[False, True, False], nulls_last=True)
        .with_columns(
            (pl.int_range(pl.len()).over("CHILD") == 0).alias("LATEST"),
            open_.sum().over("CHILD").alias("OPEN_DECISIONS"),
        )
    )
    wrong = open_ & (~pl.col("LATEST") | (pl.col("OPEN_DECISIONS") > 1))
    return flag(ordered.filter(wrong), "PlacedAdoption", ["DATE_PLACED", "DATE_PLACED_CEASED"])
