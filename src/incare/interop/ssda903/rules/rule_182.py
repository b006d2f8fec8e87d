"""182: a child with any OC2 item given must have immunisations, teeth check, health assessment
and substance misuse all given."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import (
    OC2_CORE_ITEMS,
    OC2_OPTIONAL_ITEMS,
    any_blank,
    any_given,
    fields,
)


@validation_rule("182")
def check(x: Extract) -> pl.LazyFrame:
    wrong = any_blank(*OC2_CORE_ITEMS) & any_given(*OC2_OPTIONAL_ITEMS)
    return flag(x.lazy("OC2").filter(wrong), "OC2", fields("182"))
