"""197a: the reason for no SDQ score must be blank when an SDQ score is given."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import all_given, fields


@validation_rule("197a")
def check(x: Extract) -> pl.LazyFrame:
    both = all_given("SDQ_SCORE", "SDQ_REASON")
    return flag(x.lazy("OC2").filter(both), "OC2", fields("197a"))
