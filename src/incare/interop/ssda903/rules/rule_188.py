"""188: a child under 4 at 31 March must have no SDQ score and no reason for none."""

import polars as pl

from incare.interop.ssda903.derived import age_in_years, collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import any_given, fields


@validation_rule("188")
def check(x: Extract) -> pl.LazyFrame:
    under_4 = (age_in_years(collection_end(x), pl.col("DOB")) < 4).fill_null(False)
    wrong = under_4 & any_given("SDQ_SCORE", "SDQ_REASON")
    return flag(x.lazy("OC2").filter(wrong), "OC2", fields("188"))
