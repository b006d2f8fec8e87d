"""432: after an episode that ended the child's care, the next episode must have RNE S."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._episodes import CEASED_CARE, episodes, in_order


@validation_rule("432")
def check(x: Extract) -> pl.LazyFrame:
    ordered = in_order(episodes(x), ["REC"])
    after_care_ended = pl.col("PREV_REC").is_in(CEASED_CARE).fill_null(False)
    wrong = after_care_ended & pl.col("RNE").ne_missing("S")
    return flag(ordered.filter(wrong), "Episodes", ["RNE"])
