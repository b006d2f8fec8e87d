"""189: a child aged 17 or over on 1 April must have no SDQ score and no reason for none.

Differs from the public validator: it flags a child only when the 17th birthday is before 1
April, so one who turns 17 on 1 April itself passes, though aged 17 at the start of the year
as the DfE message says; here that child is flagged.
"""

import polars as pl

from incare.interop.ssda903.derived import age_in_years, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import any_given, fields


@validation_rule("189")
def check(x: Extract) -> pl.LazyFrame:
    over_17 = (age_in_years(collection_start(x), pl.col("DOB")) >= 17).fill_null(False)
    wrong = over_17 & any_given("SDQ_SCORE", "SDQ_REASON")
    return flag(x.lazy("OC2").filter(wrong), "OC2", fields("189"))
