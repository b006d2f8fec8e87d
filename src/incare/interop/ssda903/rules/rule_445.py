"""445: legal status D1 (freeing order) is not valid for an episode starting after December 2005."""

import datetime as dt

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in

LAST_FREEING_ORDER_START = dt.date(2005, 12, 31)


@validation_rule("445")
def check(x: Extract) -> pl.LazyFrame:
    too_late = code_in("LS", {"D1"}) & (
        pl.col("DECOM") > pl.lit(LAST_FREEING_ORDER_START, dtype=pl.Date)
    ).fill_null(False)
    return flag(x.lazy("Episodes").filter(too_late), "Episodes", ["DECOM", "LS"])
