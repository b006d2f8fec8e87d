"""379: a temporary placement for any other reason (T4) cannot last more than seven days.

An open episode (blank DEC) counts as lasting to the collection end, explicitly.
Differs from the public validator: open episodes are checked as said (the validator's code
skips them, and its rule 365, which overwrites blank DECs with 31 March, runs after it), and
a child with no Header row or date of birth is checked too (the validator needs one).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import placed_longer_than


@validation_rule("379")
def check(x: Extract) -> pl.LazyFrame:
    return flag(placed_longer_than(x, "T4", 7), "Episodes", ["DECOM", "PLACE"])
