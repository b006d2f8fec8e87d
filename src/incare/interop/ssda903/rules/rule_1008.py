"""1008: an Ofsted URN, unless the placeholder XXXXXXX, must be in Ofsted's provider lists."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import episodes_with_provider


@validation_rule("1008", needs=("providers",))
def check(x: Extract) -> pl.LazyFrame:
    unknown = episodes_with_provider(x).filter(pl.col("P_FOUND").is_null())
    return flag(unknown, "Episodes", ["URN"])
