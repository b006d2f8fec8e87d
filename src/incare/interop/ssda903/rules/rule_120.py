"""120: the reason the decision to place the child for adoption was reversed must be RD1-RD4."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import REASON_PLACED_CEASED, not_in


@validation_rule("120")
def check(x: Extract) -> pl.LazyFrame:
    rows = x.lazy("PlacedAdoption")
    return flag(
        rows.filter(not_in("REASON_PLACED_CEASED", REASON_PLACED_CEASED)),
        "PlacedAdoption",
        ["REASON_PLACED_CEASED"],
    )
