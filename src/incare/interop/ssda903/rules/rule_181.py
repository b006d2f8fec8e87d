"""181: each OC2 item for children looked after for 12 months must be 0 or 1 when given."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import OC2_ITEMS, fields

BINARY = frozenset({"0", "1"})


@validation_rule("181")
def check(x: Extract) -> pl.LazyFrame:
    invalid = pl.any_horizontal(
        pl.col(c).is_not_null() & ~pl.col(c).is_in(BINARY).fill_null(False) for c in OC2_ITEMS
    )
    return flag(x.lazy("OC2").filter(invalid), "OC2", fields("181"))
