"""408: a child placed for adoption under a placement order (A5, A6) must have legal status E1."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("408")
def check(x: Extract) -> pl.LazyFrame:
    wrong = code_in("PLACE", {"A5", "A6"}) & (pl.col("LS") != "E1").fill_null(True)
    return flag(x.lazy("Episodes").filter(wrong), "Episodes", ["LS", "PLACE"])
