"""543: a child in the OC2 cohort aged 10 or over on 31 March must have conviction information.

Differs from the public validator: it leaves out a child whose 10th birthday is 31 March itself
(it wants the birthday strictly before 31 March), although such a child is 10 on 31 March and
rule 542 does not ask them to leave it blank.
"""

import polars as pl

from incare.interop.ssda903.derived import age_in_years, collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import fields, oc2_with_cohort


@validation_rule("543")
def check(x: Extract) -> pl.LazyFrame:
    over_10 = (age_in_years(collection_end(x), pl.col("DOB")) >= 10).fill_null(False)
    wrong = pl.col("IN_COHORT") & over_10 & pl.col("CONVICTED").is_null()
    return flag(oc2_with_cohort(x).filter(wrong), "OC2", fields("543"))
