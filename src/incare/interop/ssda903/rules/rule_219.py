"""219: the placement type must be one the Ofsted provider with that URN is registered for.

A URN not in the lists (rule 1008), or a blank placement type, also fails, as in the public
validator.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import episodes_with_provider, in_list


@validation_rule("219", needs=("providers",))
def check(x: Extract) -> pl.LazyFrame:
    mismatch = ~in_list(pl.col("PLACE"), pl.col("P_PLACE_CODES"))
    return flag(episodes_with_provider(x).filter(mismatch), "Episodes", ["PLACE", "URN"])
