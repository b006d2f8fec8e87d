"""158: whether a substance misuse intervention was offered must be blank when one was received."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import fields, is_code


@validation_rule("158")
def check(x: Extract) -> pl.LazyFrame:
    wrong = is_code("INTERVENTION_RECEIVED", "1") & pl.col("INTERVENTION_OFFERED").is_not_null()
    return flag(x.lazy("OC2").filter(wrong), "OC2", fields("158"))
