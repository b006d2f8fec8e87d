"""550: a placement provider of parents (PR0) can only go with placement with parents (P1)."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("550")
def check(x: Extract) -> pl.LazyFrame:
    wrong = (pl.col("PLACE_PROVIDER") == "PR0").fill_null(False) & (
        pl.col("PLACE") != "P1"
    ).fill_null(True)
    return flag(x.lazy("Episodes").filter(wrong), "Episodes", ["PLACE", "PLACE_PROVIDER"])
