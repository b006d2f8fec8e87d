"""545: a child in the OC2 cohort under 5 on 31 March must have health promotion information
(HEALTH_CHECK)."""

import polars as pl

from incare.interop.ssda903.derived import age_in_years, collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import fields, oc2_with_cohort


@validation_rule("545")
def check(x: Extract) -> pl.LazyFrame:
    under_5 = (age_in_years(collection_end(x), pl.col("DOB")) < 5).fill_null(False)
    wrong = pl.col("IN_COHORT") & under_5 & pl.col("HEALTH_CHECK").is_null()
    return flag(oc2_with_cohort(x).filter(wrong), "OC2", fields("545"))
