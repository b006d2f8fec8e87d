"""529: a placement provider of other public provision (PR3) cannot go with placement P1, A3-A6, K1,
K2 or U1-U6.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in

PLACEMENTS = frozenset(
    {"A3", "A4", "A5", "A6", "K1", "K2", "P1", "U1", "U2", "U3", "U4", "U5", "U6"}
)


@validation_rule("529")
def check(x: Extract) -> pl.LazyFrame:
    wrong = code_in("PLACE", PLACEMENTS) & (pl.col("PLACE_PROVIDER") == "PR3").fill_null(False)
    return flag(x.lazy("Episodes").filter(wrong), "Episodes", ["PLACE", "PLACE_PROVIDER"])
