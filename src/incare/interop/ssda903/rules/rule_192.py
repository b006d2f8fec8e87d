"""192: whether an intervention was received must be given for a child with a substance misuse
problem."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import fields, is_code


@validation_rule("192")
def check(x: Extract) -> pl.LazyFrame:
    wrong = is_code("SUBSTANCE_MISUSE", "1") & pl.col("INTERVENTION_RECEIVED").is_null()
    return flag(x.lazy("OC2").filter(wrong), "OC2", fields("192"))
