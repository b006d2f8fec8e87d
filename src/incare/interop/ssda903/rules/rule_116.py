"""116: the date the decision to place the child for adoption ended must be a valid date."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import invalid_date


@validation_rule("116")
def check(x: Extract) -> pl.LazyFrame:
    rows = x.lazy("PlacedAdoption")
    return flag(
        rows.filter(invalid_date("DATE_PLACED_CEASED")), "PlacedAdoption", ["DATE_PLACED_CEASED"]
    )
