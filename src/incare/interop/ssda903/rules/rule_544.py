"""544: a child with a conviction (CONVICTED 1) must have immunisations, teeth check, health
assessment and substance misuse all given."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import OC2_CORE_ITEMS, any_blank, fields, is_code


@validation_rule("544")
def check(x: Extract) -> pl.LazyFrame:
    wrong = is_code("CONVICTED", "1") & any_blank(*OC2_CORE_ITEMS)
    return flag(x.lazy("OC2").filter(wrong), "OC2", fields("544"))
