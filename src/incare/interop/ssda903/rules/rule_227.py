"""227: an episode must start before the Ofsted provider with its URN stopped being registered."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import episodes_with_provider


@validation_rule("227", needs=("providers",))
def check(x: Extract) -> pl.LazyFrame:
    after_closure = (pl.col("DECOM") >= pl.col("P_REG_END")).fill_null(False)
    return flag(episodes_with_provider(x).filter(after_closure), "Episodes", ["DECOM", "URN"])
