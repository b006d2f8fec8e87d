"""347: a care leaver under 18 on 1 April must not be accommodated in a foyer (ACCOM T1 or T2).

Differs from the public validator: it looks for the accommodation code "T", which no valid
return contains (foyers are T1 and T2), so it never finds anything; and it measures 18 years as
18 x 365.2425 days, so it also flags some young people whose 18th birthday is 1 April. Here
any accommodation code starting with T counts, and ages are whole years (29 February birthdays
fall on 28 February in common years).
"""

import polars as pl

from incare.interop.ssda903.derived import age_in_years, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import fields


@validation_rule("347")
def check(x: Extract) -> pl.LazyFrame:
    foyer = pl.col("ACCOM").str.starts_with("T").fill_null(False)
    under_18 = (age_in_years(collection_start(x), pl.col("DOB")) < 18).fill_null(False)
    return flag(x.lazy("OC3").filter(foyer & under_18), "OC3", fields("347"))
