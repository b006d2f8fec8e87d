"""542: a child under 10 on 31 March must have no conviction information."""

import polars as pl

from incare.interop.ssda903.derived import age_in_years, collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import fields


@validation_rule("542")
def check(x: Extract) -> pl.LazyFrame:
    under_10 = (age_in_years(collection_end(x), pl.col("DOB")) < 10).fill_null(False)
    wrong = under_10 & pl.col("CONVICTED").is_not_null()
    return flag(x.lazy("OC2").filter(wrong), "OC2", fields("542"))
