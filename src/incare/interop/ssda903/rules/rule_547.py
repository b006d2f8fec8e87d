"""547: a child with health promotion checks up to date (HEALTH_CHECK 1) must have
immunisations, teeth check, health assessment and substance misuse all given."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import OC2_CORE_ITEMS, any_blank, fields, is_code


@validation_rule("547")
def check(x: Extract) -> pl.LazyFrame:
    wrong = is_code("HEALTH_CHECK", "1") & any_blank(*OC2_CORE_ITEMS)
    return flag(x.lazy("OC2").filter(wrong), "OC2", fields("547"))
