"""584: a new decision to place for adoption must be later than one reversed last year.

When last year's PlacedAdoption row of the child records a reversal (DATE_PLACED_CEASED or
REASON_PLACED_CEASED), this year's rows of the child must have a DATE_PLACED after last year's.
Differs from the public validator: it picks the rows to flag by their position in its merged
table rather than by their row in the file (so it flags the wrong rows whenever some children
are not in both years), and compares dates as text (DD/MM/YYYY does not sort); this rule flags
the rows that break the rule, comparing dates as dates.
"""

import polars as pl

from incare.interop.ssda903.derived import last_year
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import validation_rule
from incare.interop.ssda903.rules._adoption import flag_tagged, given, pairs


@validation_rule("584", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    reversed_ = given("DATE_PLACED_CEASED", date=True) | given("REASON_PLACED_CEASED")
    last = last_year(x, "PlacedAdoption").filter(reversed_)
    both = pairs(x.lazy("PlacedAdoption"), last, "NOW", "LAST")
    not_later = (pl.col("DATE_PLACED_NOW") <= pl.col("DATE_PLACED_LAST")).fill_null(False)
    blank = ~given("DATE_PLACED_NOW", date=True)
    return flag_tagged(both.filter(not_later | blank), "NOW", "PlacedAdoption", ["DATE_PLACED"])
