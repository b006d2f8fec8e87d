"""561: a decision to place for adoption reversed last year must not be returned again this year.

When this year's DATE_PLACED is the same as that of last year's row of the child, last year's
row must not record a reversal (DATE_PLACED_CEASED or REASON_PLACED_CEASED).
Differs from the public validator: dates are compared as dates (it compares their text).
"""

import polars as pl

from incare.interop.ssda903.derived import last_year
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import validation_rule
from incare.interop.ssda903.rules._adoption import flag_tagged, given, pairs, same_date


@validation_rule("561", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    reversed_ = given("DATE_PLACED_CEASED", date=True) | given("REASON_PLACED_CEASED")
    last = last_year(x, "PlacedAdoption").filter(reversed_)
    both = pairs(x.lazy("PlacedAdoption"), last, "NOW", "LAST")
    repeated = both.filter(same_date("DATE_PLACED_NOW", "DATE_PLACED_LAST"))
    return flag_tagged(repeated, "NOW", "PlacedAdoption", ["DATE_PLACED"])
