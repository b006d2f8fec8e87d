"""1016: a young person aged 17 or 18 on 31 March whose episode ended on or after their 17th
birthday must have no care leaver (OC3) data.

Differs from the public validator: it measures 17 years as 17 x 365.2425 days, so whether an
episode ending on or next to the birthday counts depends on the leap years between; here the
17th birthday is a calendar date (29 February birthdays fall on 28 February in common years),
and a date of birth that is not a valid date leaves the young person unchecked instead of making
the rule fail.
"""

import polars as pl

from incare.interop.ssda903.derived import age_in_years, birthday, collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import OC3_ITEMS, any_given, fields


@validation_rule("1016")
def check(x: Extract) -> pl.LazyFrame:
    dob = pl.col("DOB")
    age = age_in_years(collection_end(x), dob)
    care_leavers = x.lazy("OC3").filter(
        age.is_in([17, 18]).fill_null(False) & any_given(*OC3_ITEMS)
    )
    left_after = (
        care_leavers.select("CHILD", birthday(dob, 17).alias("_BIRTHDAY"))
        .join(x.lazy("Episodes").select("CHILD", "DEC"), on="CHILD", how="inner")
        .filter((pl.col("DEC") >= pl.col("_BIRTHDAY")).fill_null(False))
        .select("CHILD")
    )
    return flag(care_leavers.join(left_after, on="CHILD", how="semi"), "OC3", fields("1016"))
