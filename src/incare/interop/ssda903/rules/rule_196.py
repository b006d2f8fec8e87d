"""196: the reason for no SDQ score, when given, must be SDQ1 to SDQ5."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import SDQ_REASONS, fields


@validation_rule("196")
def check(x: Extract) -> pl.LazyFrame:
    reason = pl.col("SDQ_REASON")
    invalid = reason.is_not_null() & ~reason.is_in(SDQ_REASONS).fill_null(False)
    return flag(x.lazy("OC2").filter(invalid), "OC2", fields("196"))
