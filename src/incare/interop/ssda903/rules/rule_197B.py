"""197B: a child in the OC2 cohort who turns 4 or 17 during the year must have an SDQ score or a
reason for none.

Differs from the public validator: a birthday on 1 April itself does not count as turning 4 or
17 during the year, since the child was already that age for the whole year; rule 189 forbids an
SDQ for a 17-year-old on 1 April, so counting it would make a correct return impossible.
"""

import polars as pl

from incare.interop.ssda903.derived import birthday, collection_end, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import fields, oc2_with_cohort


@validation_rule("197B")
def check(x: Extract) -> pl.LazyFrame:
    dob = pl.col("DOB")
    start, end = collection_start(x), collection_end(x)
    turns = pl.any_horizontal(
        birthday(dob, n).is_between(start, end, closed="right") for n in (4, 17)
    )
    missing = pl.col("SDQ_SCORE").is_null() & pl.col("SDQ_REASON").is_null()
    wrong = pl.col("IN_COHORT") & turns.fill_null(False) & missing
    return flag(oc2_with_cohort(x).filter(wrong), "OC2", fields("197B"))
