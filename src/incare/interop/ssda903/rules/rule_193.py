"""193: whether an intervention was received or offered must be blank for a child without a
substance misuse problem (0 or blank)."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import any_given, fields


@validation_rule("193")
def check(x: Extract) -> pl.LazyFrame:
    misuse = pl.col("SUBSTANCE_MISUSE")
    no_problem = misuse.is_null() | (misuse == "0").fill_null(False)
    wrong = no_problem & any_given("INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")
    return flag(x.lazy("OC2").filter(wrong), "OC2", fields("193"))
