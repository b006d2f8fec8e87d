"""157: SDQ1 (no SDQ: under 4 or over 17) must not be the reason for a child in the OC2 cohort
aged 4 or over on 1 April and 16 or under on 31 March.

Differs from the public validator: it takes "16 or under at 31 March" as "16th birthday on or
after 31 March", which leaves out children who turned 16 during the year; here a child is 16 or
under until their 17th birthday, the age range rule 186 uses.
"""

import polars as pl

from incare.interop.ssda903.derived import birthday, collection_end, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import fields, is_code, oc2_with_cohort


@validation_rule("157")
def check(x: Extract) -> pl.LazyFrame:
    dob = pl.col("DOB")
    of_age = (birthday(dob, 4) <= collection_start(x)) & (birthday(dob, 17) > collection_end(x))
    wrong = (
        pl.col("IN_COHORT")
        & of_age.fill_null(False)
        & pl.col("SDQ_SCORE").is_null()
        & is_code("SDQ_REASON", "SDQ1")
    )
    return flag(oc2_with_cohort(x).filter(wrong), "OC2", fields("157"))
