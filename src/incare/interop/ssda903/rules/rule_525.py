"""525: a child whose decision to be placed for adoption was reversed must have no AD1 data."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, validation_rule
from incare.interop.ssda903.rules._adoption import (
    AD1_DATES,
    AD1_ITEMS,
    flag_tagged,
    given,
    pairs,
)


@validation_rule("525")
def check(x: Extract) -> pl.LazyFrame:
    reversed_ = x.lazy("PlacedAdoption").filter(given("DATE_PLACED_CEASED", date=True))
    adoption = x.lazy("AD1").filter(
        pl.any_horizontal(given(item, date=item in AD1_DATES) for item in AD1_ITEMS)
    )
    both = pairs(reversed_, adoption, "PA", "AD")
    return combine(
        flag_tagged(both, "PA", "PlacedAdoption", ["DATE_PLACED_CEASED"]),
        flag_tagged(both, "AD", "AD1", list(AD1_ITEMS)),
    )
