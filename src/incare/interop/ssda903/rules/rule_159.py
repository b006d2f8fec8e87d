"""159: whether an intervention was offered must be given for a child with a substance misuse
problem who received none."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import fields, is_code


@validation_rule("159")
def check(x: Extract) -> pl.LazyFrame:
    wrong = (
        is_code("SUBSTANCE_MISUSE", "1")
        & is_code("INTERVENTION_RECEIVED", "0")
        & pl.col("INTERVENTION_OFFERED").is_null()
    )
    return flag(x.lazy("OC2").filter(wrong), "OC2", fields("159"))
