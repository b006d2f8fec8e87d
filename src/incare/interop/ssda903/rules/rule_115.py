"""115: the date of the decision to place the child for adoption must be a valid date."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import invalid_date


@validation_rule("115")
def check(x: Extract) -> pl.LazyFrame:
    rows = x.lazy("PlacedAdoption")
    return flag(rows.filter(invalid_date("DATE_PLACED")), "PlacedAdoption", ["DATE_PLACED"])
