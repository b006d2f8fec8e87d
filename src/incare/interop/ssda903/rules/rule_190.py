"""190: a child outside the OC2 cohort (not looked after continuously for 12 months at 31 March)
must have no OC2 items for such children given."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._outcomes import (
    OC2_ITEMS,
    any_given,
    fields,
    oc2_with_cohort,
    supplied,
)


@validation_rule("190")
def check(x: Extract) -> pl.LazyFrame:
    if not supplied(x, "Episodes"):  # without episodes no child can be placed in the cohort
        return no_findings()
    wrong = ~pl.col("IN_COHORT") & any_given(*OC2_ITEMS)
    return flag(oc2_with_cohort(x).filter(wrong), "OC2", fields("190"))
