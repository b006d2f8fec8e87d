"""186: a child in the OC2 cohort aged 4 or over on 1 April and under 17 on 31 March must have an
SDQ score or a reason for none.

Differs from the public validator: it flags such a child when either the score or the reason is
blank, so every child with a score (whose reason must then be blank, rule 197a) is flagged;
here a child is flagged only when both are blank.
"""

import polars as pl

from incare.interop.ssda903.derived import birthday, collection_end, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import fields, oc2_with_cohort


@validation_rule("186")
def check(x: Extract) -> pl.LazyFrame:
    dob = pl.col("DOB")
    of_age = (birthday(dob, 4) <= collection_start(x)) & (birthday(dob, 17) > collection_end(x))
    missing = pl.col("SDQ_SCORE").is_null() & pl.col("SDQ_REASON").is_null()
    wrong = pl.col("IN_COHORT") & of_age.fill_null(False) & missing
    return flag(oc2_with_cohort(x).filter(wrong), "OC2", fields("186"))
