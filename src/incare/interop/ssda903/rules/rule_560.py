"""560: a decision to place for adoption still open last year must keep its date this year.

When last year's PlacedAdoption row of the child has a DATE_PLACED and no DATE_PLACED_CEASED,
this year's rows of the child must have the same DATE_PLACED.
Differs from the public validator: dates are compared as dates (it compares their text, so
1/5/2024 and 01/05/2024 differ there).
"""

import polars as pl

from incare.interop.ssda903.derived import last_year
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import validation_rule
from incare.interop.ssda903.rules._adoption import flag_tagged, given, pairs, same_date


@validation_rule("560", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    still_open = last_year(x, "PlacedAdoption").filter(
        given("DATE_PLACED", date=True) & ~given("DATE_PLACED_CEASED", date=True)
    )
    both = pairs(x.lazy("PlacedAdoption"), still_open, "NOW", "LAST")
    changed = both.filter(~same_date("DATE_PLACED_NOW", "DATE_PLACED_LAST"))
    return flag_tagged(changed, "NOW", "PlacedAdoption", ["DATE_PLACED", "DATE_PLACED_CEASED"])
