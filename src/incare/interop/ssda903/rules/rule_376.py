"""376: a temporary placement while the foster carers are on holiday (T3) cannot last more than
three weeks (21 days).

An open episode (blank DEC) counts as lasting to the collection end, explicitly.
Differs from the public validator: open episodes are checked as said (the validator's code
skips them; only its rule 365's overwriting of blank DECs with 31 March makes them count), and
a child with no Header row or date of birth is checked too (the validator needs one).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import placed_longer_than


@validation_rule("376")
def check(x: Extract) -> pl.LazyFrame:
    return flag(placed_longer_than(x, "T3", 21), "Episodes", ["DECOM", "PLACE"])
