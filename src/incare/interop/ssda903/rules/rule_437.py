"""437: no episode may follow one that ceased with E2 (died) or E15 (found to be 18 or over)."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._episodes import SEQ, episodes, in_order

FINAL = frozenset({"E2", "E15"})


@validation_rule("437")
def check(x: Extract) -> pl.LazyFrame:
    ordered = in_order(episodes(x))
    followed = pl.col("DECOM").is_not_null() & (pl.col(SEQ) < pl.col("N") - 1)
    wrong = pl.col("REC").is_in(FINAL).fill_null(False) & followed
    return flag(ordered.filter(wrong), "Episodes", ["REC"])
