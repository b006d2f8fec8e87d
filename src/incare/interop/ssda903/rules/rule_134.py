"""134: a child with care leaver (OC3) data must not also have adoption (AD1) data."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import OC3_ITEMS, ad1_given, any_given, fields


@validation_rule("134")
def check(x: Extract) -> pl.LazyFrame:
    care_leavers = x.lazy("OC3").filter(any_given(*OC3_ITEMS)).select("CHILD").unique()
    adoption = x.lazy("AD1").filter(ad1_given()).join(care_leavers, on="CHILD", how="semi")
    return flag(adoption, "AD1", fields("134"))
