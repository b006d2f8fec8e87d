"""177: the legal status of the adopters (LS_ADOPTR) must be L0, L11, L12, L2, L3 or L4."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import LEGAL_STATUS_OF_ADOPTERS, not_in


@validation_rule("177")
def check(x: Extract) -> pl.LazyFrame:
    rows = x.lazy("AD1")
    return flag(rows.filter(not_in("LS_ADOPTR", LEGAL_STATUS_OF_ADOPTERS)), "AD1", ["LS_ADOPTR"])
