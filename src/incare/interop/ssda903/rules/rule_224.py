"""224: the placement provider code must be one the Ofsted provider with that URN is listed with.

A URN not in the lists (rule 1008), or a blank provider code, also fails, as in the public
validator.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import episodes_with_provider, in_list


@validation_rule("224", needs=("providers",))
def check(x: Extract) -> pl.LazyFrame:
    mismatch = ~in_list(pl.col("PLACE_PROVIDER"), pl.col("P_PROVIDER_CODES"))
    return flag(episodes_with_provider(x).filter(mismatch), "Episodes", ["PLACE_PROVIDER"])
