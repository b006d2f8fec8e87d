"""153: the care leaver's contact, activity and accommodation must all be given or all be blank."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import OC3_ITEMS, all_given, any_given, fields


@validation_rule("153")
def check(x: Extract) -> pl.LazyFrame:
    partly = any_given(*OC3_ITEMS) & ~all_given(*OC3_ITEMS)
    return flag(x.lazy("OC3").filter(partly), "OC3", fields("153"))
