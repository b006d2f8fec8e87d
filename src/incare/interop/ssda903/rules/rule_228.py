"""228: an episode must not end after the Ofsted provider with its URN stopped being registered.

An open episode (blank DEC) is taken, explicitly, as running to the end of the collection year,
so it fails when the provider closed before 31 March.
"""

import polars as pl

from incare.interop.ssda903.derived import collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import episodes_with_provider


@validation_rule("228", needs=("providers",))
def check(x: Extract) -> pl.LazyFrame:
    ended = pl.coalesce(pl.col("DEC"), collection_end(x))
    after_closure = (ended > pl.col("P_REG_END")).fill_null(False)
    return flag(episodes_with_provider(x).filter(after_closure), "Episodes", ["DEC", "URN"])
