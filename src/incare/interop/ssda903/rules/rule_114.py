"""114: whether the adopters were the child's foster carers (FOSTER_CARE) must be 0 or 1."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import FOSTER_CARE, not_in


@validation_rule("114")
def check(x: Extract) -> pl.LazyFrame:
    rows = x.lazy("AD1")
    return flag(rows.filter(not_in("FOSTER_CARE", FOSTER_CARE)), "AD1", ["FOSTER_CARE"])
