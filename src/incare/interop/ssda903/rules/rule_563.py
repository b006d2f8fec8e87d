"""563: a decision to place the child for adoption that was reversed must have its start date."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import given


@validation_rule("563")
def check(x: Extract) -> pl.LazyFrame:
    reversed_ = given("REASON_PLACED_CEASED") & given("DATE_PLACED_CEASED", date=True)
    rows = x.lazy("PlacedAdoption").filter(reversed_ & ~given("DATE_PLACED", date=True))
    fields = ["DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"]
    return flag(rows, "PlacedAdoption", fields)
