"""527: a placement provider of own provision (PR1) cannot go with placement P1, R2 or R5."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in

PLACEMENTS = frozenset({"P1", "R2", "R5"})


@validation_rule("527")
def check(x: Extract) -> pl.LazyFrame:
    wrong = code_in("PLACE", PLACEMENTS) & (pl.col("PLACE_PROVIDER") == "PR1").fill_null(False)
    return flag(x.lazy("Episodes").filter(wrong), "Episodes", ["PLACE", "PLACE_PROVIDER"])
