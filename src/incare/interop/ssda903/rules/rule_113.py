"""113: the date the child was matched with adopters (AD1 DATE_MATCH) must be a valid date."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import invalid_date


@validation_rule("113")
def check(x: Extract) -> pl.LazyFrame:
    rows = x.lazy("AD1")
    return flag(rows.filter(invalid_date("DATE_MATCH")), "AD1", ["DATE_MATCH"])
