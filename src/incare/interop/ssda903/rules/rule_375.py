"""375: a temporary placement in hospital (T1) cannot last more than six weeks (42 days).

An open episode (blank DEC) counts as lasting to the collection end, explicitly.
Differs from the public validator: open episodes are checked as said (the validator's code
skips them, and its rule 365, which overwrites blank DECs with 31 March, runs after it), and
a child with no Header row or date of birth is checked too (the validator needs one).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import placed_longer_than


@validation_rule("375")
def check(x: Extract) -> pl.LazyFrame:
    return flag(placed_longer_than(x, "T1", 42), "Episodes", ["DECOM", "PLACE"])
