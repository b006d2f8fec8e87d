"""391: a young person under 17 on 31 March must have no care leaver (OC3) data."""

import polars as pl

from incare.interop.ssda903.derived import age_in_years, collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import OC3_ITEMS, any_given, fields


@validation_rule("391")
def check(x: Extract) -> pl.LazyFrame:
    under_17 = (age_in_years(collection_end(x), pl.col("DOB")) < 17).fill_null(False)
    return flag(x.lazy("OC3").filter(under_17 & any_given(*OC3_ITEMS)), "OC3", fields("391"))
