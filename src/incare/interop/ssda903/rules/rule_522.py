"""522: the decision to place the child for adoption must not end before it was made."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("522")
def check(x: Extract) -> pl.LazyFrame:
    ended_before = (pl.col("DATE_PLACED_CEASED") < pl.col("DATE_PLACED")).fill_null(False)
    rows = x.lazy("PlacedAdoption").filter(ended_before)
    return flag(rows, "PlacedAdoption", ["DATE_PLACED", "DATE_PLACED_CEASED"])
