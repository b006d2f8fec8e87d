"""119: a reversed decision to place the child for adoption needs both its date and its reason."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import given


@validation_rule("119")
def check(x: Extract) -> pl.LazyFrame:
    date = given("DATE_PLACED_CEASED", date=True)
    reason = given("REASON_PLACED_CEASED")
    rows = x.lazy("PlacedAdoption").filter(date != reason)
    return flag(rows, "PlacedAdoption", ["DATE_PLACED_CEASED", "REASON_PLACED_CEASED"])
