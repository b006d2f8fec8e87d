"""187: a child in the OC2 cohort (looked after continuously for 12 months at 31 March) must
have no adoption (AD1) or care leaver (OC3) data."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._outcomes import (
    OC3_ITEMS,
    ad1_given,
    any_given,
    fields,
    with_oc2_cohort,
)


@validation_rule("187")
def check(x: Extract) -> pl.LazyFrame:
    adoption = with_oc2_cohort(x.lazy("AD1"), x).filter(pl.col("IN_COHORT") & ad1_given())
    care_leaver = with_oc2_cohort(x.lazy("OC3"), x).filter(
        pl.col("IN_COHORT") & any_given(*OC3_ITEMS)
    )
    return combine(flag(adoption, "AD1", fields("187")), flag(care_leaver, "OC3", fields("187")))
