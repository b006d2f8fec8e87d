"""185: an SDQ score must not be given for a child outside the OC2 cohort (not looked after
continuously for 12 months at 31 March)."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._outcomes import fields, oc2_with_cohort, supplied


@validation_rule("185")
def check(x: Extract) -> pl.LazyFrame:
    if not supplied(x, "Episodes"):  # without episodes no child can be placed in the cohort
        return no_findings()
    wrong = pl.col("SDQ_SCORE").is_not_null() & ~pl.col("IN_COHORT")
    return flag(oc2_with_cohort(x).filter(wrong), "OC2", fields("185"))
