"""582: a child adopted (E11, E12) should not cease care on the day they were matched (DATE_MATCH).

Differs from the public validator: dates are compared as dates (it compares their text).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import validation_rule
from incare.interop.ssda903.rules._adoption import ADOPTED, flag_tagged, pairs, same_date


@validation_rule("582")
def check(x: Extract) -> pl.LazyFrame:
    adopted = pl.col("REC").is_in(sorted(ADOPTED)).fill_null(False)
    both = pairs(x.lazy("Episodes").filter(adopted), x.lazy("AD1"), "EP", "AD")
    same_day = both.filter(same_date("DEC_EP", "DATE_MATCH_AD"))
    return flag_tagged(same_day, "EP", "Episodes", ["DATE_MATCH", "DEC"])
