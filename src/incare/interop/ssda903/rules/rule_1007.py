"""1007: a young person aged 17 or 18 on 31 March who was looked after on their latest (17th or
18th) birthday must have no care leaver (OC3) data.

Differs from the public validator: it cannot take a 29 February birthday (or an invalid episode
date) and fails, so the rule is silently skipped; here that birthday falls on 28 February in
common years. It also takes an episode with no end date as not covering the birthday; here an
open episode means the young person is still looked after.
"""

import polars as pl

from incare.interop.ssda903.derived import age_in_years, birthday, collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import OC3_ITEMS, any_given, fields


@validation_rule("1007")
def check(x: Extract) -> pl.LazyFrame:
    dob = pl.col("DOB")
    age = age_in_years(collection_end(x), dob)
    care_leavers = x.lazy("OC3").filter(
        age.is_in([17, 18]).fill_null(False) & any_given(*OC3_ITEMS)
    )
    latest = pl.when(age == 17).then(birthday(dob, 17)).otherwise(birthday(dob, 18))
    looked_after = (
        care_leavers.select("CHILD", latest.alias("_BIRTHDAY"))
        .join(x.lazy("Episodes").select("CHILD", "DECOM", "DEC"), on="CHILD", how="inner")
        .filter(
            (
                (pl.col("DECOM") <= pl.col("_BIRTHDAY"))
                & ((pl.col("DEC") > pl.col("_BIRTHDAY")) | pl.col("DEC").is_null())
            ).fill_null(False)
        )
        .select("CHILD")
    )
    return flag(care_leavers.join(looked_after, on="CHILD", how="semi"), "OC3", fields("1007"))
