"""631: the previous permanence option (PREV_PERM) must be P1, P2, P3, P4 or Z1 when given."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import not_in


@validation_rule("631")
def check(x: Extract) -> pl.LazyFrame:
    rows = x.lazy("PrevPerm").filter(not_in("PREV_PERM", codes.PREVIOUS_PERMANENCE))
    return flag(rows, "PrevPerm", ["PREV_PERM"])
